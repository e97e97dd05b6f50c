namespace KoreaRussiaGraph.Extraction.Tests;

/// <summary>Where supplies and travellers go: a place stands for its country, and fighters sent into a war's theatre serve its aggressor.</summary>
public class DestinationsAndTheatresTests
{
    [Theory]
    [InlineData("Iran shipped drones to Belgorod in May.")]
    [InlineData("Analysts tracked the delivery of Iranian drones to the Kursk region.")]
    public void Goods_sent_to_a_place_are_supplied_to_its_country(string sentence)
    {
        var keys = TestSupport.Extract(sentence, "2024-06-02").Keys();
        Assert.Contains("iran SUPPLIED russia", keys);
        Assert.DoesNotContain(keys, k => k.Contains("belgorod") || k.Contains("kursk"));
    }

    [Fact]
    public void A_place_is_still_no_party_to_a_relation_that_has_no_destination()
    {
        var keys = TestSupport.Extract("Iran criticised Belgorod over the blockade.", "2024-06-02").Keys();
        Assert.DoesNotContain(keys, k => k.Contains("OPPOSED"));
    }

    [Fact]
    public void A_meeting_in_a_named_region_abroad_is_a_visit_to_its_country()
    {
        Assert.Contains("xi-jinping VISITED russia", TestSupport.Extract("Xi Jinping made a trip to meet Vladimir Putin in the Russian Far East.", "2024-06-02").Keys());
    }

    [Fact]
    public void The_goods_demonym_after_a_quantity_is_the_supplier_of_a_passive()
    {
        Assert.Contains("iran SUPPLIED syria", TestSupport.Extract("Hundreds of Iranian drones have been shipped to Syria.", "2024-06-02").Keys());
    }

    [Fact]
    public void A_quantity_with_no_goods_demonym_names_no_supplier()
    {
        Assert.DoesNotContain(TestSupport.Extract("Hundreds of Iranian diplomats have been sent to Syria.", "2024-06-02").Keys(), k => k.Contains("SUPPLIED"));
    }

    [Fact]
    public void Fighters_sent_into_a_war_theatre_by_an_ally_of_the_aggressor_are_supplied_to_the_aggressor()
    {
        var keys = TestSupport.Extract("Belarus has long supplied fuel to Russia. Belarus has now sent soldiers to Ukraine as well.", "2024-06-02").Keys();
        Assert.Contains("belarus SUPPLIED russia", keys);
        Assert.DoesNotContain("belarus SUPPLIED ukraine", keys);
    }

    [Fact]
    public void Fighters_sent_by_a_sender_the_document_does_not_align_with_the_aggressor_go_where_the_text_says()
    {
        var keys = TestSupport.Extract("Poland said it may send troops to Ukraine.", "2024-06-02").Keys();
        Assert.Contains("poland SUPPLIED ukraine", keys);
        Assert.DoesNotContain("poland SUPPLIED russia", keys);
    }

    [Fact]
    public void Fighters_sent_by_a_sender_set_against_the_aggressor_are_not_retargeted()
    {
        var relations = TestSupport.Extract("Finland supplied fuel to Russia in 2021. Finland later sanctioned Russia and sent soldiers to Ukraine.", "2024-06-02").Relations;
        Assert.DoesNotContain(relations, r => r is { SourceId: "finland", Type: "SUPPLIED", TargetId: "russia", Details: "soldiers" });
        Assert.Contains(relations, r => r is { SourceId: "finland", Type: "SUPPLIED", TargetId: "ukraine", Details: "soldiers" });
    }

    [Fact]
    public void Weapons_sent_into_a_war_theatre_go_to_the_state_named()
    {
        var keys = TestSupport.Extract("Belarus has long supplied fuel to Russia. Belarus sold rifles to Ukraine in 2015.", "2024-06-02").Keys();
        Assert.Contains("belarus SUPPLIED ukraine", keys);
    }
}

/// <summary>An invasion noun that leaves out a party: a war the gazetteer knows supplies it, at the publication date.</summary>
public class KnownWarsTests
{
    [Theory]
    [InlineData("Grain exports fell after the invasion of Ukraine.")]
    [InlineData("Grain exports fell after the Russian invasion.")]
    public void The_known_war_supplies_the_missing_aggressor_or_theatre(string sentence)
    {
        Assert.Contains("russia INVADED ukraine", TestSupport.Extract(sentence, "2024-06-05").Keys());
    }

    [Fact]
    public void An_invasion_of_a_state_with_no_known_war_stays_without_an_aggressor()
    {
        Assert.DoesNotContain(TestSupport.Extract("Grain exports fell after the invasion of Iraq.", "2024-06-05").Keys(), k => k.Contains("INVADED"));
    }

    [Fact]
    public void A_war_not_yet_waged_at_the_publication_date_supplies_nothing()
    {
        Assert.DoesNotContain(TestSupport.Extract("Grain exports fell after the invasion of Ukraine.", "2010-06-05").Keys(), k => k.Contains("INVADED"));
    }
}

/// <summary>A recipient named by the purpose of a delivery, and a person named after a long title.</summary>
public class PurposesAndTitlesTests
{
    [Fact]
    public void A_purpose_of_helping_names_the_recipient()
    {
        Assert.Contains("belarus SUPPLIED russia", TestSupport.Extract("Belarus sent soldiers to help Russia hold the border.", "2024-06-02").Keys());
    }

    [Fact]
    public void A_named_destination_wins_over_the_purpose()
    {
        var keys = TestSupport.Extract("Iran sent drones to Syria to help Russia.", "2024-06-02").Keys();
        Assert.Contains("iran SUPPLIED syria", keys);
        Assert.DoesNotContain("iran SUPPLIED russia", keys);
    }

    [Theory]
    [InlineData("Xi Jinping met Russian Security Council Secretary Sergei Shoigu on Tuesday.")]
    [InlineData("Xi Jinping met Security Council Secretary Sergei Shoigu on Tuesday.")]
    public void The_organ_in_a_persons_title_is_part_of_the_title(string sentence)
    {
        var keys = TestSupport.Extract(sentence, "2024-06-05").Keys();
        Assert.Contains("sergei-shoigu MET xi-jinping", keys);
        Assert.DoesNotContain(keys, k => k.Contains("russia") || k.Contains("unsc"));
    }
}
