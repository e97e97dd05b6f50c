namespace KoreaRussiaGraph.Extraction.Tests;

/// <summary>"the former" / "the latter", pairs coordinated across an article, and the subject of catenative gerund chains.</summary>
public class OrderAnaphorsAndControlTests
{
    [Fact]
    public void The_former_and_the_latter_name_the_first_and_second_of_the_last_pair()
    {
        var keys = TestSupport.Extract("Iran and the US met in May. Canada accused the former of arming Syria, and Japan criticized the latter.", "2023-05-02").Keys();
        Assert.Contains("canada ACCUSED iran", keys);
        Assert.DoesNotContain("canada ACCUSED united-states", keys);
    }

    [Fact]
    public void The_former_before_a_noun_is_an_adjective_not_an_anaphor()
    {
        var keys = TestSupport.Extract("Iran and the US met in May. Canada accused the former minister of lying.", "2023-05-02").Keys();
        Assert.DoesNotContain("canada ACCUSED iran", keys);
        Assert.DoesNotContain("canada ACCUSED united-states", keys);
    }

    [Fact]
    public void A_pair_anaphor_finds_states_coordinated_with_an_article_between()
    {
        var explained = TestSupport.Explain("Iran and the US signed a trade deal in May. Later, Japan criticized the two countries.", "2023-05-02");
        var pair = explained.Explanations.SelectMany(e => e.Mentions).First(m => m.Text == "the two countries");
        Assert.Equal(["iran", "united-states"], pair.ActorIds);
        Assert.Contains("coordinated states", pair.Step);
    }

    [Fact]
    public void The_object_of_accuse_controls_a_chain_of_catenative_gerunds()
    {
        var keys = TestSupport.Extract("Canada, which accuses Iran of planning to supply drones to Syria, met Japan.", "2023-05-02").Keys();
        Assert.Contains("iran SUPPLIED syria", keys);
        Assert.DoesNotContain("canada SUPPLIED syria", keys);
    }
}
