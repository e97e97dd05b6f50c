using System.Runtime.CompilerServices;

// The HTTP-exchange tests build documented Query API answers from the same value mapping the store writes.
[assembly: InternalsVisibleTo("KoreaRussiaGraph.Storage.Neo4j.Tests")]
