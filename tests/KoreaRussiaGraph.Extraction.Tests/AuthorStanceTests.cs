using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Extraction.Tests;

/// <summary>A government's statement takes sides by how it describes others: the appraisal in its own text.</summary>
public class AuthorStanceTests
{
    private const string Title = "Statement of the Foreign Ministry of Iran";

    private static IReadOnlyList<Relation> Statement(string body, string title = Title) =>
        TestSupport.Extract($"{title}\n\n{body}", "2024-03-12", title: title).Relations;

    [Fact]
    public void A_negative_description_of_what_a_state_owns_opposes_that_state()
    {
        var relation = Assert.Single(Statement("The aggressive policy of Israel threatens the whole region."), r => r.Type == "OPPOSED");
        Assert.Equal(("iran", "israel"), (relation.SourceId, relation.TargetId));
        Assert.Equal(ClaimStatus.Asserted, relation.Status);
        Assert.Equal("2024-03-12", relation.Date?.ToString());
    }

    [Fact]
    public void A_stance_the_authors_take_in_the_statements_own_text_is_dated_by_its_issue()
    {
        var relation = Assert.Single(Statement("Iran will steadfastly stand by the people of Syria."), r => r.Type == "SUPPORTED");
        Assert.Equal(("iran", "syria"), (relation.SourceId, relation.TargetId));
        Assert.Equal("2024-03-12", relation.Date?.ToString());
        var report = TestSupport.Extract("Iran will steadfastly stand by the people of Syria.", "2024-03-12");
        Assert.Null(report.Single("iran", "SUPPORTED", "syria").Date);
    }

    [Fact]
    public void A_positive_description_of_what_a_state_owns_supports_that_state()
    {
        Assert.Contains(Statement("Syria's legitimate demands deserve the attention of the world."), r => r is { SourceId: "iran", Type: "SUPPORTED", TargetId: "syria" });
    }

    [Fact]
    public void The_possessor_of_a_noun_qualified_by_an_of_phrase_owns_the_appraisal()
    {
        Assert.Contains(Statement("The world must stop Israel's war of aggression."), r => r is { SourceId: "iran", Type: "OPPOSED", TargetId: "israel" });
    }

    [Fact]
    public void A_verb_charging_a_wrong_accuses_its_subject()
    {
        Assert.Contains(Statement("Israel and its backers have systematically undermined stability in the region."), r => r is { SourceId: "iran", Type: "ACCUSED", TargetId: "israel" });
    }

    [Fact]
    public void Words_inside_quotation_marks_are_others_words_not_the_authors_appraisal()
    {
        Assert.DoesNotContain(Statement("Israel called the plan of Syria \"reckless and illegal\"."), r => r.SourceId == "iran");
    }

    [Fact]
    public void An_ordinary_report_has_no_authors_to_take_sides()
    {
        var relations = TestSupport.Extract("Talks resume in Geneva\n\nThe aggressive policy of Israel threatens the whole region.", "2024-03-12", title: "Talks resume in Geneva").Relations;
        Assert.DoesNotContain(relations, r => r.Type is "OPPOSED" or "SUPPORTED");
    }

    [Fact]
    public void An_appraised_act_the_clause_verb_governs_is_its_subjects()
    {
        Assert.Contains(Statement("Israel is resorting to reckless provocations in the region."), r => r is { SourceId: "iran", Type: "OPPOSED", TargetId: "israel" });
    }

    [Fact]
    public void An_appraisal_describes_in_the_authors_voice_whatever_the_clauses_modality()
    {
        Assert.Contains(Statement("Iran will firmly counter the aggressive moves of Israel."), r => r is { SourceId: "iran", Type: "OPPOSED", TargetId: "israel" });
    }
}

/// <summary>The same appraisal in reported speech is the speaker's stance.</summary>
public class SpeakerStanceTests
{
    [Theory]
    [InlineData("Kim said the hostile policy of Japan had failed.", "kim-jong-un")]
    [InlineData("\"The reckless policy of Japan is a threat,\" China's foreign ministry said.", "china")]
    public void A_speakers_negative_description_of_what_a_party_owns_opposes_it(string sentence, string speaker)
    {
        Assert.Contains(TestSupport.Extract(sentence, "2024-03-12").Relations, r => r.SourceId == speaker && r is { Type: "OPPOSED", TargetId: "japan", Status: ClaimStatus.Asserted });
    }

    [Fact]
    public void Appraisal_the_journalist_writes_in_an_ordinary_report_is_nobodys_stance()
    {
        Assert.DoesNotContain(TestSupport.Extract("The reckless policy of Japan worried investors.", "2024-03-12").Relations, r => r.Type == "OPPOSED");
    }

    [Fact]
    public void A_negated_report_takes_no_stance()
    {
        Assert.DoesNotContain(TestSupport.Extract("China did not say Japan's reckless policy had failed.", "2024-03-12").Relations, r => r.Type == "OPPOSED");
    }

}
