using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Extraction.Tests;

/// <summary>Statuses decided by who relays an event and by the scope of modality.</summary>
public class SourcingAndAdjunctStatusTests
{
    [Fact]
    public void An_event_sourced_to_a_news_report_is_asserted()
    {
        Assert.Equal(ClaimStatus.Asserted, TestSupport.Extract("Sergei Lavrov visited Pyongyang on Monday, the agency reported.", "2023-05-02").Single("sergei-lavrov", "VISITED", "north-korea").Status);
    }

    [Fact]
    public void An_event_attributed_by_said_is_alleged()
    {
        Assert.Equal(ClaimStatus.Alleged, TestSupport.Extract("Iran supplied drones to Syria, Canada said.", "2023-05-02").Single("iran", "SUPPLIED", "syria").Status);
    }

    [Fact]
    public void The_noun_of_a_temporal_adjunct_is_outside_the_scope_of_the_modal()
    {
        var r = TestSupport.Extract("Putin hoped trade would grow following Kim's first Russia visit in 2019.", "2023-05-02").Single("kim-jong-un", "VISITED", "russia");
        Assert.Equal(ClaimStatus.Asserted, r.Status);
    }

    [Fact]
    public void A_modal_verb_trigger_before_a_temporal_adjunct_stays_planned()
    {
        Assert.Equal(ClaimStatus.Planned, TestSupport.Extract("Kim would visit Russia after the election.", "2023-05-02").Single("kim-jong-un", "VISITED", "russia").Status);
    }
}

/// <summary>Relative clauses set off by commas, and attributions in the middle of a sentence.</summary>
public class InterruptingClausesTests
{
    [Fact]
    public void A_date_inside_a_relative_clause_dates_that_clause_only()
    {
        var result = TestSupport.Extract("Kim Jong Un, who met Vladimir Putin in Pyongyang in June, has pledged to support Syria.", "2025-01-15");
        Assert.Equal("2024-06", result.Single("kim-jong-un", "MET", "vladimir-putin").Date?.ToString());
        Assert.Null(result.Single("kim-jong-un", "SUPPORTED", "syria").Date);
    }

    [Fact]
    public void An_attribution_set_off_by_commas_mid_sentence_makes_the_report_alleged()
    {
        var result = TestSupport.Extract("Iran has sent about 3,000 troops to Syria, Canada's military said on Tuesday, as the war drags on.", "2025-01-15");
        var r = result.Single("iran", "SUPPLIED", "syria");
        Assert.Equal((ClaimStatus.Alleged, "canada"), (r.Status, r.AttributedTo));
        Assert.Equal(PartialDate.Parse("2025-01-14"), result.Single("canada", "ACCUSED", "iran").Date);
    }
}

public class LastingStanceTests
{
    [Fact]
    public void A_modal_of_a_lasting_stance_commits_to_it_now()
    {
        Assert.Equal(ClaimStatus.Asserted, TestSupport.Extract("Iran will always support Syria.", "2025-06-05").Single("iran", "SUPPORTED", "syria").Status);
    }

    [Fact]
    public void A_modal_of_a_future_stance_plans_it()
    {
        Assert.Equal(ClaimStatus.Planned, TestSupport.Extract("Iran will support Syria next year.", "2025-06-05").Single("iran", "SUPPORTED", "syria").Status);
    }
}
