using GraphQL.Types;
using KoreaRussiaGraph.Core.Model;
using KoreaRussiaGraph.Core.Schema;

namespace KoreaRussiaGraph.GraphQL.Types;

public sealed class ActorKindGraphType : EnumerationGraphType<ActorKind>
{
    public ActorKindGraphType() { Name = "ActorKind"; }
}

public sealed class ClaimStatusGraphType : EnumerationGraphType<ClaimStatus>
{
    public ClaimStatusGraphType()
    {
        Name = "ClaimStatus";
        Description = "ASSERTED: the text states it. ALLEGED: someone claims it (see attributedTo). DENIED: a denial. PLANNED: may/will/expected.";
    }
}

public sealed class DirectionGraphType : EnumerationGraphType<Direction>
{
    public DirectionGraphType()
    {
        Name = "Direction";
        Description = "Which way a traversal may cross a directed relation; symmetric types (MET, SIGNED) cross both ways.";
    }
}

public sealed class DatePrecisionGraphType : EnumerationGraphType<DatePrecision>
{
    public DatePrecisionGraphType() { Name = "DatePrecision"; }
}

public sealed class DocumentStatusGraphType : EnumerationGraphType<DocumentStatus>
{
    public DocumentStatusGraphType() { Name = "DocumentStatus"; }
}

/// <summary>Relation types come from graph-schema/relation-types.json, so adding one there adds it here.</summary>
public sealed class RelationTypeEnumGraphType : EnumerationGraphType
{
    public RelationTypeEnumGraphType(RelationTypeCatalog catalog)
    {
        Name = "RelationType";
        Description = "The kinds of relation the extractor produces (graph-schema/relation-types.json).";
        foreach (var type in catalog.All) Add(type.Name, type.Name, type.Description);
    }
}
