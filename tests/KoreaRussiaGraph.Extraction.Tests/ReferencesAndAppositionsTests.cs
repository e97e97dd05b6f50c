namespace KoreaRussiaGraph.Extraction.Tests;

/// <summary>
/// Denials of a claim named before, appositions to a noun phrase with a hyphenated premodifier, and the other
/// constructions session 9 added: on sentences written for these tests.
/// </summary>
public class ReferencesAndAppositionsTests
{
    [Theory]
    [InlineData("assertion")]
    [InlineData("charge")]
    [InlineData("report")]
    public void Denying_a_singular_claim_noun_answers_the_accuser_named_before(string claim)
    {
        var result = TestSupport.Extract($"Canada said that Iran sent drones to Russia. Tehran denied the {claim} on Friday.", "2024-05-10");
        Assert.Contains("iran DENIED canada", result.Keys());
    }

    [Fact]
    public void Names_after_a_dash_stand_for_a_noun_phrase_with_a_hyphenated_participle()
    {
        var result = TestSupport.Extract("Belarus recognised the two Russian-occupied regions—Donetsk People's Republic and Luhansk People's Republic—last year.", "2024-05-10");
        Assert.Contains("belarus SUPPORTED donetsk-peoples-republic", result.Keys());
        Assert.Contains("belarus SUPPORTED luhansk-peoples-republic", result.Keys());
        Assert.DoesNotContain("belarus SUPPORTED russia", result.Keys());
    }

    [Fact]
    public void The_owner_of_an_attribute_noun_behind_a_hyphenated_apposition_is_the_object()
    {
        var result = TestSupport.Extract("Belarus backed the independence of the two Moscow-backed statelets—Donetsk People's Republic and Luhansk People's Republic.", "2024-05-10");
        Assert.Contains("belarus SUPPORTED donetsk-peoples-republic", result.Keys());
        Assert.DoesNotContain("belarus SUPPORTED russia", result.Keys());
    }
}
