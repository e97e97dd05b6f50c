namespace KoreaRussiaGraph.Core.Model;

public enum ActorKind { Person, State, Organization, Place, Group }

public enum DatePrecision { Year, Month, Day }

public enum ClaimStatus { Asserted, Alleged, Denied, Planned }

public enum Direction { Out, In, Both }

public enum DocumentStatus { Ingested, Failed }
