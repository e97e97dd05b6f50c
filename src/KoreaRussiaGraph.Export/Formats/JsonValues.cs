using System.Text.Json;
using KoreaRussiaGraph.Export.Model;

namespace KoreaRussiaGraph.Export.Formats;

internal static class JsonValues
{
    /// <summary>Writes a column value with its JSON type (numbers stay numbers, absent facts are null).</summary>
    public static void WriteProperty(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null: json.WriteNull(name); break;
            case bool b: json.WriteBoolean(name, b); break;
            case int i: json.WriteNumber(name, i); break;
            case double d: json.WriteNumber(name, d); break;
            default: json.WriteString(name, ExportColumns.Format(value)); break;
        }
    }
}
