using GraphQL.Types;

namespace KoreaRussiaGraph.GraphQL.Nodes;

/// <summary>
/// Relay's global object identification (issue 18). Actor, Relation and Document implement it with the ids they
/// already have: relation ids are r- plus 20 hex digits, actor ids are slugs and document ids file names, so
/// Query.node looks a relation id up as a relation first, then any id as an actor, then as a document.
/// </summary>
public sealed class NodeInterfaceGraphType : InterfaceGraphType
{
    public NodeInterfaceGraphType()
    {
        Name = "Node";
        Description = "An object with a stable id that Query.node and Query.nodes fetch again (Relay global object identification).";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}
