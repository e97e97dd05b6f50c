using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using KoreaRussiaGraph.Core.Querying;
using Microsoft.Extensions.DependencyInjection;

namespace KoreaRussiaGraph.GraphQL.Errors;

/// <summary>
/// Completes graphql-dotnet's messages for a bad enum or PartialDate value ("Expected type 'RelationType', found
/// MEET." / "Unable to convert 'MEET' to 'RelationType'") with what is accepted: the enum's values and the closest
/// one, or the date formats. The library's text is kept (it says where the value was); the hint is appended.
/// </summary>
public sealed partial class InputErrorHints(IServiceProvider services) : ErrorInfoProvider
{
    public const string PartialDateHint = "A PartialDate is a string \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\" with a real month and day, e.g. \"2019\", \"2023-07\", \"2023-08-15\".";

    // Applied as the error is written, so the library's error object (code, number, locations) stays as it is.
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (services.GetService<ISchema>() is { } schema && Hint(info.Message, schema) is { } hint)
            info.Message = info.Message.TrimEnd().TrimEnd('.') + ". " + hint;
        return info;
    }

    /// <summary>The hint for the first bad enum or PartialDate value a message names, or null.</summary>
    public static string? Hint(string message, ISchema schema)
    {
        var match = ExpectedFound().Match(message) is { Success: true } found ? found : UnableToConvert().Match(message);
        if (!match.Success) return null;
        var typeName = match.Groups["type"].Value;
        var value = match.Groups["value"].Value.Trim('"');
        if (typeName == "PartialDate") return PartialDateHint;
        if (schema.AllTypes[typeName] is not EnumerationGraphType enumeration) return null;
        var names = enumeration.Values.Select(v => v.Name).ToArray();
        var closest = ActorSuggestions.Closest(value.ToLowerInvariant(), names.Select(n => n.ToLowerInvariant()), max: 1);
        var didYouMean = closest.Count > 0 ? $" Did you mean {closest[0].ToUpperInvariant()}?" : "";
        return $"'{value}' is not a valid {typeName}.{didYouMean} {typeName} is one of {string.Join(", ", names)}.";
    }

    [GeneratedRegex(@"Expected type '(?<type>\w+)', found (?<value>""[^""]*""|[A-Za-z_][\w]*)")]
    private static partial Regex ExpectedFound();

    [GeneratedRegex(@"Unable to convert '(?<value>[^']*)' to '(?<type>\w+)'")]
    private static partial Regex UnableToConvert();
}
