using System.Text;
using KoreaRussiaGraph.Ingestion.Documents;

namespace KoreaRussiaGraph.Ingestion.Tests.Documents;

public class RawContentTests
{
    [Fact]
    public void Decodes_utf8_text_and_drops_the_byte_order_mark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Ünïcode text\n")).ToArray();
        Assert.Equal("Ünïcode text\n", RawContent.TryDecode(bytes, out var problem));
        Assert.Null(problem);
    }

    [Fact]
    public void Rejects_empty_input()
    {
        Assert.Null(RawContent.TryDecode([], out var problem));
        Assert.Contains("empty", problem);
    }

    [Fact]
    public void Rejects_whitespace_only_input()
    {
        Assert.Null(RawContent.TryDecode(" \r\n\t "u8, out var problem));
        Assert.Contains("whitespace", problem);
    }

    [Fact]
    public void Rejects_a_nul_byte_and_says_where()
    {
        Assert.Null(RawContent.TryDecode("abc\0def"u8, out var problem));
        Assert.Contains("binary", problem);
        Assert.Contains("offset 3", problem);
    }

    [Fact]
    public void Rejects_many_control_characters_as_binary()
    {
        var bytes = Enumerable.Range(0, 200).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();
        Assert.Null(RawContent.TryDecode(bytes, out var problem));
        Assert.Contains("control characters", problem);
    }

    [Fact]
    public void Tolerates_a_stray_control_character_in_text()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('a', 500) + "\u001b" + new string('b', 500));
        Assert.NotNull(RawContent.TryDecode(bytes, out var problem));
        Assert.Null(problem);
    }

    [Fact]
    public void Rejects_invalid_utf8_and_names_the_offset()
    {
        var bytes = Encoding.Latin1.GetBytes("caf\u00e9 au lait");
        Assert.Null(RawContent.TryDecode(bytes, out var problem));
        Assert.Contains("invalid UTF-8", problem);
        Assert.Contains("offset 3", problem);
    }
}
