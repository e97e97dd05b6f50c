using GraphQL.Types;
using GraphQLParser.AST;
using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.GraphQL.Types;

/// <summary>A date as precise as the source text: YYYY, YYYY-MM or YYYY-MM-DD.</summary>
public sealed class PartialDateGraphType : ScalarGraphType
{
    public PartialDateGraphType()
    {
        Name = "PartialDate";
        Description = "A date known to year, month or day precision, serialised as YYYY, YYYY-MM or YYYY-MM-DD. " +
                      "It stands for the whole interval it covers (2019 = all of 2019).";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => Parse(s.Value.ToString()),
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        PartialDate => value,
        string s => Parse(s),
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        PartialDate d => d.ToString(),
        _ => ThrowSerializationError(value),
    };

    private static PartialDate Parse(string text) => PartialDate.Parse(text);
}
