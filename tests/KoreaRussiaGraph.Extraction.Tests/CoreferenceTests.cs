namespace KoreaRussiaGraph.Extraction.Tests;

public class CoreferenceTests
{
    [Fact]
    public void He_opening_a_sentence_is_the_person_of_the_previous_one()
    {
        var result = TestSupport.Explain("Kim Jong Un boarded his armoured train at dawn. He met Putin in 2019 in the far east.");
        var met = Assert.Single(result.Explanations, e => e.Relation.Type == "MET");
        Assert.Equal(("kim-jong-un", "vladimir-putin"), (met.Relation.SourceId, met.Relation.TargetId));
        Assert.Equal("2019", met.Relation.Date?.ToString());
        Assert.Contains(met.Mentions, m => m.Text == "He" && m.Step.StartsWith("coreference"));
    }

    [Fact]
    public void His_country_is_the_country_of_the_nearest_person()
    {
        var result = TestSupport.Extract("Xi Jinping arrived in Moscow on a state visit. In a speech, he said his country has supported Russia.");
        Assert.Contains("china SUPPORTED russia", result.Keys());
    }

    [Fact]
    public void The_two_countries_are_the_two_most_recent_states()
    {
        var result = TestSupport.Extract("China and Russia held naval drills near Japan. The two countries condemned Washington.");
        Assert.Contains("china OPPOSED united-states", result.Keys());
        Assert.Contains("russia OPPOSED united-states", result.Keys());
        Assert.DoesNotContain(result.Relations, r => r.SourceId == "japan");
    }

    [Fact]
    public void Both_countries_and_coordinated_metonyms_give_one_edge_per_state()
    {
        var result = TestSupport.Extract("Moscow and Pyongyang rejected the report. Both countries criticised Seoul.");
        Assert.Contains("russia OPPOSED south-korea", result.Keys());
        Assert.Contains("north-korea OPPOSED south-korea", result.Keys());
    }

    [Fact]
    public void They_is_the_subject_of_the_previous_sentence_and_it_the_nearest_state()
    {
        var result = TestSupport.Extract("Since then, Iran has supported Russia. They have also backed Belarus. It also supplied drones to Russia.");
        Assert.Contains("iran SUPPORTED belarus", result.Keys());
        Assert.Contains("iran SUPPLIED russia", result.Keys());
    }
}

/// <summary>"both countries, X for ... and Y for ...": an apposition after a pair anaphor names the pair.</summary>
public class PairAppositionTests
{
    [Fact]
    public void The_apposition_names_the_pair_not_the_pair_named_before()
    {
        var keys = TestSupport.Extract("Japan and Canada say the deal would break UN sanctions on both countries, Iran for its missiles and Syria for its war.", "2024-02-09").Keys();
        Assert.Contains("unsc SANCTIONED iran", keys);
        Assert.Contains("unsc SANCTIONED syria", keys);
        Assert.DoesNotContain("unsc SANCTIONED japan", keys);
    }

    [Fact]
    public void Without_an_apposition_the_pair_named_before_is_meant()
    {
        Assert.Contains("unsc SANCTIONED iran", TestSupport.Extract("Iran and Syria met. The deal would break UN sanctions on both countries.", "2024-02-09").Keys());
    }
}
