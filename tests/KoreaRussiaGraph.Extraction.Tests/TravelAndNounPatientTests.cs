namespace KoreaRussiaGraph.Extraction.Tests;

/// <summary>Verbs of departure, and a name between a possessor and its noun.</summary>
public class TravelAndNounPatientTests
{
    [Theory]
    [InlineData("Putin arrived in Vladivostok and then departed for Beijing.")]
    [InlineData("Putin left for Beijing on Monday.")]
    public void Departing_for_a_place_is_travel_to_it(string sentence)
    {
        Assert.Contains("vladimir-putin VISITED china", TestSupport.Extract(sentence, "2023-05-02").Keys());
    }

    [Fact]
    public void Leaving_a_place_is_no_visit_to_it()
    {
        Assert.DoesNotContain("vladimir-putin VISITED china", TestSupport.Extract("Putin left Beijing on Monday.", "2023-05-02").Keys());
    }

    [Theory]
    [InlineData("The talks followed Kim's first Russia visit in 2019.", "kim-jong-un VISITED russia")]
    [InlineData("Moscow's Ukraine invasion began in 2022.", "russia INVADED ukraine")]
    public void A_bare_name_between_a_possessor_and_the_noun_is_its_patient(string sentence, string key)
    {
        Assert.Contains(key, TestSupport.Extract(sentence, "2023-05-02").Keys());
    }
}
