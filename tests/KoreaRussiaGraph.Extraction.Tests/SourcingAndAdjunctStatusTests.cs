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
