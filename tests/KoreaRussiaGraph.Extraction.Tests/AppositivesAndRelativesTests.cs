namespace KoreaRussiaGraph.Extraction.Tests;

/// <summary>Phrases set inside a clause: appositions, relative clauses on the object, directive nouns, unnamed groups of officials.</summary>
public class AppositivesAndRelativesTests
{
    [Fact]
    public void A_name_inside_an_apposition_is_not_the_subject_the_apposition_describes()
    {
        var keys = TestSupport.Extract("Lavrov, long a confidant of Iran's leadership, arrived in Tehran on Monday.", "2024-06-05").Keys();
        Assert.Contains("sergei-lavrov VISITED iran", keys);
        Assert.DoesNotContain(keys, k => k.StartsWith("iran VISITED"));
    }

    [Fact]
    public void A_list_of_names_is_no_apposition()
    {
        var keys = TestSupport.Extract("Xi Jinping, Vladimir Putin, and Kim Jong Un met in Beijing.", "2024-06-05").Keys();
        Assert.Contains("kim-jong-un MET xi-jinping", keys);
        Assert.Contains("kim-jong-un MET vladimir-putin", keys);
    }

    [Theory]
    [InlineData("The accord, which Iran and Syria signed in May, covers energy.")]
    [InlineData("The accord that Iran and Syria signed covers energy.")]
    public void A_relative_clause_on_an_agreement_noun_gives_the_signing_verb_its_object(string sentence)
    {
        Assert.Contains("iran SIGNED syria", TestSupport.Extract(sentence, "2024-06-05").Keys());
    }

    [Fact]
    public void A_relative_clause_on_another_noun_signs_nothing()
    {
        Assert.DoesNotContain(TestSupport.Extract("The officials, whom Iran and Syria sent, signed in.", "2024-06-05").Keys(), k => k.Contains("SIGNED"));
    }

    [Theory]
    [InlineData("Iran renewed its invitation to visit Syria.")]
    [InlineData("Syria rejected Iran's demand to provide it with fuel.")]
    public void What_an_invitation_or_a_demand_asks_for_has_not_happened(string sentence)
    {
        var keys = TestSupport.Extract(sentence, "2024-06-05").Keys();
        Assert.DoesNotContain(keys, k => k.Contains("VISITED") || k.Contains("SUPPLIED"));
    }

    [Fact]
    public void Unnamed_generals_of_a_state_stand_for_it()
    {
        Assert.Contains("japan SANCTIONED iran", TestSupport.Extract("Japan imposed sanctions on four Iranian generals.", "2024-06-05").Keys());
    }
}

/// <summary>"the country", "the nation": a definite description of a state named before.</summary>
public class DefiniteStateAnaphorTests
{
    [Fact]
    public void In_a_main_clause_after_a_subordinate_one_it_is_the_sentences_subject_state()
    {
        var keys = TestSupport.Extract("If Iran decides to provide Syria with drones, the Western sanctions against the country will intensify.", "2024-06-05").Keys();
        Assert.Contains("west SANCTIONED iran", keys);
        Assert.DoesNotContain("west SANCTIONED syria", keys);
    }

    [Fact]
    public void In_an_including_phrase_it_is_the_nearest_state()
    {
        var keys = TestSupport.Extract("Japan sanctioned four Iranian generals, including the country's defence minister.", "2024-06-05").Keys();
        Assert.Contains("japan SANCTIONED iran", keys);
        Assert.DoesNotContain("japan SANCTIONED japan", keys);
    }

    [Fact]
    public void With_no_state_before_it_in_the_sentence_it_is_the_first_state_of_the_sentence_before()
    {
        Assert.Contains("kim-jong-un VISITED iran", TestSupport.Extract("Iran hosted a summit on Monday. Kim Jong Un last visited the country in 2019.", "2024-06-05").Keys());
    }

    [Fact]
    public void Followed_by_a_noun_it_is_no_anaphor()
    {
        Assert.DoesNotContain(TestSupport.Extract("Iran hosted a summit. Kim Jong Un visited the country music festival.", "2024-06-05").Keys(), k => k.Contains("VISITED"));
    }
}

/// <summary>A noun heading the subject of a that-clause has no agent in the clause that governs it.</summary>
public class ComplementClauseSubjectTests
{
    [Theory]
    [InlineData("Japan stressed that arms transfers to Iran would violate the resolutions.")]
    [InlineData("Japan stressed that arms transfers from Syria – as well as the transfer to Iran of drones – would violate the resolutions.")]
    public void The_speaker_is_not_the_agent_of_a_noun_its_that_clause_is_about(string sentence)
    {
        Assert.DoesNotContain(TestSupport.Extract(sentence, "2024-06-05").Keys(), k => k.StartsWith("japan SUPPLIED"));
    }

    [Fact]
    public void A_possessor_still_names_the_agent_inside_a_that_clause()
    {
        Assert.Contains("japan SUPPLIED iran", TestSupport.Extract("Japan said that its aid to Iran would continue.", "2024-06-05").Keys());
    }
}

/// <summary>Names set off by a dash or colon after a common noun stand in its place.</summary>
public class DashAppositionTests
{
    [Theory]
    [InlineData("Iran recognized two breakaway states: Donetsk People's Republic and Luhansk People's Republic.")]
    [InlineData("Iran recognized the independence of the two states—Donetsk People's Republic and Luhansk People's Republic.")]
    public void The_names_after_the_dash_are_the_object(string sentence)
    {
        var keys = TestSupport.Extract(sentence, "2023-09-01").Keys();
        Assert.Contains("iran SUPPORTED donetsk-peoples-republic", keys);
        Assert.Contains("iran SUPPORTED luhansk-peoples-republic", keys);
    }

    [Fact]
    public void A_dash_after_a_name_still_breaks_the_clause()
    {
        Assert.DoesNotContain("iran SUPPORTED syria", TestSupport.Extract("Iran was quiet—Syria, which Russia backed, was not.", "2023-09-01").Keys());
    }
}
