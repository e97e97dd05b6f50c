using KoreaRussiaGraph.Core.Model;

namespace KoreaRussiaGraph.Extraction.Tests;

/// <summary>Who makes a claim: an agency's state through its reporting verb, and the object of "according to".</summary>
public class SpeakersOfClaimsTests
{
    [Theory]
    [InlineData("Polish intelligence said Belarusian soldiers had been sent to Russia.")]
    [InlineData("Poland's spy agency reported that Belarus had sent soldiers to Russia.")]
    public void An_evidential_noun_or_verb_with_a_named_speaker_attributes_the_claim_to_its_state(string sentence)
    {
        var result = TestSupport.Extract(sentence, "2024-06-02");
        var supplied = result.Single("belarus", "SUPPLIED", "russia");
        Assert.Equal(ClaimStatus.Alleged, supplied.Status);
        Assert.Equal("poland", supplied.AttributedTo);
        Assert.Contains("poland ACCUSED belarus", result.Keys());
    }

    [Fact]
    public void Giving_is_supplying_only_when_goods_are_given()
    {
        var keys = TestSupport.Extract("Belarus gave Russia two fighter jets. Lukashenko gave a speech to Russia's parliament.", "2024-06-02").Keys();
        Assert.Contains("belarus SUPPLIED russia", keys);
        Assert.DoesNotContain(keys, k => k.StartsWith("alexander-lukashenko SUPPLIED"));
    }

    [Theory]
    [InlineData("Intelligence suggests Belarus sent soldiers to Russia.")]
    [InlineData("Belarus is believed to have given Russia fighter jets.")]
    public void An_evidential_noun_or_a_passive_report_makes_the_claim_alleged_by_no_one(string sentence)
    {
        var supplied = TestSupport.Extract(sentence, "2024-06-02").Single("belarus", "SUPPLIED", "russia");
        Assert.Equal(ClaimStatus.Alleged, supplied.Status);
        Assert.Null(supplied.AttributedTo);
    }

    [Theory]
    [InlineData("According to Poland's foreign ministry, Belarus sent soldiers to Russia.")]
    [InlineData("Belarus sent soldiers to Russia, according to Poland's foreign ministry.")]
    public void According_to_names_the_source_not_the_clause_subject(string sentence)
    {
        var supplied = TestSupport.Extract(sentence, "2024-06-02").Single("belarus", "SUPPLIED", "russia");
        Assert.Equal(ClaimStatus.Alleged, supplied.Status);
        Assert.Equal("poland", supplied.AttributedTo);
    }

    [Theory]
    [InlineData("Belarus rejects Polish allegation it sent soldiers to Russia")]
    [InlineData("Belarus rejected Poland's claim that it had sent soldiers to Russia.")]
    public void The_owner_of_a_claim_is_not_the_pronoun_subject_of_what_it_claims(string sentence)
    {
        var keys = TestSupport.Extract(sentence, "2024-06-02").Keys();
        Assert.Contains("belarus SUPPLIED russia", keys);
        Assert.DoesNotContain("poland SUPPLIED russia", keys);
    }
}

/// <summary>Judging an act accuses its agent; a veto is cast by the subject of a light verb.</summary>
public class JudgedActsAndVetoesTests
{
    [Fact]
    public void Condemning_an_act_accuses_the_state_whose_goods_it_moves()
    {
        Assert.Contains("japan ACCUSED iran", TestSupport.Extract("Japan condemned the deployment of Iranian soldiers.", "2024-06-02").Keys());
    }

    [Fact]
    public void Condemning_an_act_done_to_a_state_does_not_accuse_that_state()
    {
        Assert.DoesNotContain(TestSupport.Extract("Japan condemned the bombing of Iranian cities.", "2024-06-02").Keys(), k => k.Contains("ACCUSED"));
    }

    [Theory]
    [InlineData("China used a veto on Friday.")]
    [InlineData("China has cast a veto.")]
    public void The_subject_of_a_light_verb_casts_the_veto(string sentence)
    {
        Assert.Contains("china VETOED unsc", TestSupport.Extract(sentence, "2024-06-02").Keys());
    }

    [Fact]
    public void A_common_noun_before_a_participle_casts_no_veto_for_an_earlier_name()
    {
        Assert.DoesNotContain(TestSupport.Extract("Japan wants the rules to give members casting a veto a chance to explain.", "2024-06-02").Keys(), k => k.Contains("VETOED"));
    }

    [Fact]
    public void The_country_coordinated_with_a_common_noun_is_generic()
    {
        Assert.DoesNotContain(TestSupport.Extract("Japan spoke on the Iran issue. The rules give the country or countries casting a veto a chance to explain.", "2024-06-02").Keys(), k => k.Contains("VETOED"));
    }
}

/// <summary>A denial of a that-clause answers the claim's parties, not names inside another party's noun phrase.</summary>
public class DenialPartiesTests
{
    [Fact]
    public void A_name_in_a_possessed_nouns_phrase_is_no_party_of_the_denied_claim()
    {
        var keys = TestSupport.Extract("Belarus denied that arms were sent from Belarus for use in Russia's war against Ukraine.", "2024-06-02").Keys();
        Assert.DoesNotContain("belarus DENIED ukraine", keys);
    }

    [Fact]
    public void The_other_party_of_the_denied_claim_is_still_answered()
    {
        Assert.Contains("belarus DENIED russia", TestSupport.Extract("Belarus denied that arms were sent from Belarus to Russia.", "2024-06-02").Keys());
    }
}
