namespace KoreaRussiaGraph.Storage.Neo4j;
/// <summary>Marks this assembly for reflection and test discovery.</summary>
public static class AssemblyMarker;
