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

/// <summary>Speculation that scopes over a relative clause.</summary>
public class QuantifiedRelativeTests
{
    [Fact]
    public void A_relative_clause_on_a_noun_quantified_by_any_states_no_fact()
    {
        Assert.Empty(TestSupport.Extract("We are watching for any weapons that Iran provides to Syria.", "2023-05-02").Relations);
    }

    [Fact]
    public void A_relative_clause_on_a_definite_noun_states_a_fact()
    {
        Assert.Contains("iran SUPPLIED syria", TestSupport.Extract("Officials tracked the weapons that Iran provides to Syria.", "2023-05-02").Keys());
    }
}

public class LostSpaceTests
{
    [Fact]
    public void A_full_stop_running_into_a_capitalised_word_ends_the_sentence()
    {
        var keys = TestSupport.Extract("Officials said the talks were over.The US supplied arms to Ukraine.", "2023-05-02").Keys();
        Assert.Contains("united-states SUPPLIED ukraine", keys);
        Assert.Single(TestSupport.Extract("Officials said the talks were over.The US supplied arms to Ukraine.", "2023-05-02").Relations, r => r.Citation.Quote == "The US supplied arms to Ukraine.");
    }

    [Fact]
    public void Dotted_abbreviations_are_not_split()
    {
        var r = TestSupport.Extract("The U.S.A. supplied arms to Ukraine.", "2023-05-02").Relations;
        Assert.All(r, x => Assert.Equal("The U.S.A. supplied arms to Ukraine.", x.Citation.Quote));
    }
}

public class OpeningAdjunctCataphoraTests
{
    [Fact]
    public void Its_in_an_opening_participial_adjunct_is_the_subject_after_the_comma()
    {
        var keys = TestSupport.Extract("Isolated by Western sanctions over its invasion of Ukraine, Moscow turned to Iran.", "2024-09-10").Keys();
        Assert.Contains("russia INVADED ukraine", keys);
        Assert.DoesNotContain("west INVADED ukraine", keys);
    }

    [Fact]
    public void Its_after_the_first_comma_takes_the_nearest_state_before_it()
    {
        Assert.Contains("iran INVADED iraq", TestSupport.Extract("In 1980, Iraq said Iran had ended its invasion of Iraq.", "2024-09-10").Keys());
    }
}

public class SanctionUndergoerTests
{
    [Theory]
    [InlineData("Crippled by US sanctions, Iran sought new partners.")]
    [InlineData("Isolated by US sanctions, Iran turned to Russia.")]
    public void The_subject_a_participle_of_harm_describes_undergoes_the_sanctions(string sentence)
    {
        Assert.Contains("united-states SANCTIONED iran", TestSupport.Extract(sentence, "2024-09-10").Keys());
    }
}

/// <summary>A statement's own text, and subjects of infinitives and that-clauses.</summary>
public class StatementTextTests
{
    [Fact]
    public void We_in_a_statements_own_text_is_its_authors_named_in_the_title()
    {
        var keys = TestSupport.Extract("Canada-Japan Joint Statement on Ukraine\n\nWe remain resolved to support Ukraine.", "2025-06-05", title: "Canada-Japan Joint Statement on Ukraine").Keys();
        Assert.Contains("canada SUPPORTED ukraine", keys);
        Assert.Contains("japan SUPPORTED ukraine", keys);
    }

    [Fact]
    public void We_in_an_ordinary_article_is_the_writer()
    {
        Assert.Empty(TestSupport.Extract("Why Europe matters\n\nWe remain resolved to support Ukraine.", "2025-06-05", title: "Why Europe matters").Relations);
    }

    [Fact]
    public void The_possessor_of_a_noun_governing_an_infinitive_is_its_subject()
    {
        Assert.Contains("iran SUPPLIED syria", TestSupport.Extract("Canada exposed Iran's attempts to sell drones to Syria.", "2025-06-05").Keys());
    }

    [Fact]
    public void A_noun_heading_a_that_clause_subject_takes_no_agent_from_the_main_clause()
    {
        Assert.DoesNotContain("canada SUPPLIED syria", TestSupport.Extract("Canada stressed that arms transfers to Syria are illegal.", "2025-06-05").Keys());
    }
}

/// <summary>The object of a verb controls the gerund after "for": "sanctioned three Iranian firms for shipping ...".</summary>
public class GerundControlByGroupsTests
{
    [Fact]
    public void A_demonym_with_its_agentive_head_is_the_gerunds_subject()
    {
        var keys = TestSupport.Extract("Japan sanctioned three Iranian companies for shipping oil to Syria.", "2024-06-02").Keys();
        Assert.Contains("iran SUPPLIED syria", keys);
        Assert.DoesNotContain("japan SUPPLIED syria", keys);
    }
}
