using NodaTime;
using Timeline.Contracts;
using Timeline.Core.Articles;
using Timeline.Core.Events;
using Xunit;

namespace Timeline.Core.Tests;

public class EventExtractorTests
{
    private static Extraction Run(string text, LocalDate? published) =>
        Pipeline.Run(new ValidArticle(text, "text/plain", null, null, null, published));

    private static ReportedEvent Single(Extraction result, string plover, Func<ReportedEvent, bool>? where = null) =>
        Assert.Single(result.Events, e => e.Plover == plover && (where?.Invoke(e) ?? true));

    private static string Source(ReportedEvent e) => e.Actors.Single(a => a.Role == ActorRole.Source).Code;

    private static IEnumerable<string> Targets(ReportedEvent e) => e.Actors.Where(a => a.Role == ActorRole.Target).Select(a => a.Code);

    [Theory]
    [InlineData("LAHORE, May 2 (Timeline Wire) - Pakistani police arrested two American contractors in Lahore on Monday.", "COERCE", "arrest")]
    [InlineData("KABUL, Dec 2 (Timeline Wire) - NATO launched an investigation into the strike on Pakistani border posts on Thursday.", "ACCUSE", "investigate")]
    [InlineData("ISLAMABAD, Feb 3 (Timeline Wire) - Pakistan freed 12 Indian prisoners on Friday as a goodwill gesture.", "RETREAT", "release")]
    [InlineData("WASHINGTON, Feb 3 (Timeline Wire) - The United States praised Pakistan on Friday for its help against militants.", "SUPPORT", null)]
    public void Arrests_inquiries_releases_and_praise_get_the_type_CAMEO2PLOVER_2021_gives_them(string text, string plover, string? mode)
    {
        var e = Assert.Single(Run(text, new LocalDate(2012, 2, 3)).Events);
        Assert.Equal((plover, mode), (e.Plover, e.Mode));
    }

    [Fact]
    public void Its_soldiers_after_a_strike_are_the_soldiers_of_the_side_the_sentence_began_with()
    {
        var result = Run("ISLAMABAD, Nov. 27 (Timeline Wire) - Pakistan shut the NATO supply routes on Saturday in retaliation for a NATO air strike that killed 24 of its soldiers on Saturday.", new LocalDate(2011, 11, 27));
        var strike = Single(result, "ASSAULT");
        Assert.Equal("IGOWSTNAT", Source(strike));
        Assert.Equal(["PAKMIL"], Targets(strike));
    }

    [Fact]
    public void A_since_phrase_with_a_date_dates_its_own_clause_instead_of_starting_another()
    {
        var result = Run("KABUL, March 11 (Timeline Wire) - Iran has closed the Taftan crossing to Pakistani trucks since Monday, traders said.", new LocalDate(2009, 3, 11));
        var closure = Single(result, "COERCE");
        Assert.Equal((DateBasis.Text, new LocalDate(2009, 3, 9)), (closure.Date.Basis, closure.Date.Start)); // 9 March 2009 was a Monday
        Assert.Contains("since Monday", closure.Summary);
    }

    [Fact]
    public void A_partitive_like_24_of_its_soldiers_does_not_hide_the_clause_date()
    {
        var result = Run("ISLAMABAD, Nov. 27 (Timeline Wire) - Pakistan shut the NATO supply routes on Saturday after NATO aircraft killed 24 of its soldiers at two border posts on Friday.", new LocalDate(2011, 11, 27));
        var strike = Single(result, "ASSAULT");
        Assert.Equal((DateBasis.Text, new LocalDate(2011, 11, 25)), (strike.Date.Basis, strike.Date.Start));
    }

    [Fact]
    public void The_seed_yields_the_storyline_with_honest_dates_and_nothing_from_the_chrome()
    {
        var result = Run(File.ReadAllText(SharedData.SeedPath()), new LocalDate(2012, 5, 31));

        var strike = Single(result, "ASSAULT");
        Assert.Equal(("aerial", "195"), (strike.Mode, strike.Cameo));
        Assert.StartsWith("USA", Source(strike));
        Assert.Contains(Targets(strike), t => t.StartsWith("PAK"));
        Assert.Equal(DateBasis.Text, strike.Date.Basis);
        Assert.Equal(new LocalDate(2011, 11, 21), strike.Date.Start);
        Assert.Equal(new LocalDate(2011, 11, 30), strike.Date.End);

        var closure = Single(result, "COERCE", e => e.Summary.Contains("supply routes"));
        Assert.Equal("PAK", Source(closure));
        Assert.Equal(DateBasis.Relation, closure.Date.Basis);
        Assert.Equal(strike.Date.Start, closure.Date.Start);
        Assert.True(closure.Date.End <= new LocalDate(2012, 5, 31));

        var officers = Single(result, "COOPERATE");
        Assert.Equal("Peshawar", officers.Location!.Name);
        Assert.Equal(DateBasis.Text, officers.Date.Basis);
        Assert.Equal(new LocalDate(2012, 5, 31), officers.Date.End);
        Assert.True(officers.Date.Start >= new LocalDate(2012, 4, 1));
        Assert.Equal("a US official", officers.Attribution);

        var talks = Single(result, "CONSULT");
        Assert.Equal(DateBasis.Publication, talks.Date.Basis);
        Assert.Equal(new LocalDate(2012, 5, 31), talks.Date.Start);

        Single(result, "COERCE", e => e.Summary.Contains("visas"));
        Single(result, "COERCE", e => e.Summary.Contains("clamped down"));
        Assert.DoesNotContain(result.Events, e => e.Date.Start?.Year == 2024 || e.Date.End?.Year == 2024);
        Assert.All(result.Events, e => Assert.True(e.Evidence.End <= result.Document.Body.Length));
        Assert.All(result.Events, e => Assert.Equal(e.Evidence.Sentence, result.Document.Body[e.Evidence.Start..e.Evidence.End]));
    }

    [Fact]
    public void The_seed_without_a_publication_date_takes_no_year_from_the_page_chrome()
    {
        var result = Run(File.ReadAllText(SharedData.SeedPath()), null);
        Assert.Null(result.Document.Published);
        var strike = Single(result, "ASSAULT");
        Assert.Null(strike.Date.Start);
        Assert.Equal("late November", strike.Date.Expression);
        Assert.DoesNotContain(result.Events, e => e.Date.Start is not null);
    }

    [Fact]
    public void An_event_dated_in_its_own_clause_takes_that_date_not_the_publication_date()
    {
        var result = Run("ISLAMABAD, Nov 28 (Reuters) - Pakistan closed the Torkham border crossing to NATO supply convoys on Saturday.", new LocalDate(2011, 11, 28));
        var closure = Single(result, "COERCE");
        Assert.Equal(new LocalDate(2011, 11, 26), closure.Date.Start);
        Assert.Equal(DateBasis.Text, closure.Date.Basis);
        Assert.Equal("Torkham", closure.Location!.Name);
        Assert.Equal("PAK", Source(closure));
        Assert.Contains("IGOWSTNAT", Targets(closure));
    }

    [Fact]
    public void Reported_speech_keeps_its_speaker_as_attribution_not_as_an_actor()
    {
        var result = Run("Pakistani troops fired on an Afghan border post on Monday, a provincial spokesman said.", new LocalDate(2012, 3, 7));
        var attack = Single(result, "ASSAULT");
        Assert.Equal("PAKMIL", Source(attack));
        Assert.Equal("a provincial spokesman", attack.Attribution);
    }

    [Fact]
    public void Negated_and_planned_events_say_so()
    {
        var negated = Run("Pakistan did not close the border crossings to NATO convoys.", new LocalDate(2012, 3, 7));
        Assert.Equal(Modality.Negated, Single(negated, "COERCE").Modality);
        var planned = Run("Pakistan will close the border crossings to NATO convoys.", new LocalDate(2012, 3, 7));
        Assert.Equal(Modality.Planned, Single(planned, "COERCE").Modality);
    }

    [Fact]
    public void Sentences_without_international_actors_are_not_events()
    {
        var result = Run("""
            The cricket team lost all control and displayed a lack of cohesion.

            The provincial budget was passed after a long debate.

            Heavy rain closed the roads in the north.
            """, new LocalDate(2024, 6, 16));
        Assert.Empty(result.Events);
    }

    [Fact]
    public void A_passive_detail_without_a_subject_dates_the_event_the_lead_told_of()
    {
        var result = Run("""
            The United States has posted two military officers in Peshawar again, a US official said.

            The two officers were sent in recent weeks to work with Pakistani commanders, the official said.
            """, new LocalDate(2012, 5, 31));
        var sent = Single(result, "COOPERATE");
        Assert.Equal("USA", Source(sent));
        Assert.Equal(DateBasis.Text, sent.Date.Basis);
        Assert.Equal(new LocalDate(2012, 5, 31), sent.Date.End);
        Assert.Equal("Peshawar", sent.Location!.Name);
    }

    [Fact]
    public void A_lead_and_its_detail_about_one_event_give_one_event()
    {
        var result = Run("""
            Washington has sent military trainers back to Pakistan.

            Three US trainers were sent to Peshawar last week, officials said.
            """, new LocalDate(2012, 6, 4));
        var sent = Single(result, "COOPERATE");
        Assert.Equal(DateBasis.Text, sent.Date.Basis);
        Assert.Equal("Peshawar", sent.Location!.Name);
    }

    [Fact]
    public void A_passive_killing_is_not_done_by_its_victims_and_gives_the_attack_after_it_its_target()
    {
        var result = Run("PESHAWAR, Nov 27 (Timeline Wire) - Pakistan buried 24 soldiers on Sunday who were killed when NATO aircraft struck two checkpoints.", new LocalDate(2011, 11, 27));
        var strike = Single(result, "ASSAULT");
        Assert.Equal("IGOWSTNAT", Source(strike));
        Assert.Equal(["PAK"], Targets(strike));
    }

    [Fact]
    public void A_phone_call_is_the_event_only_when_nothing_is_said_of_what_was_done_in_it()
    {
        var call = Run("ISLAMABAD, Nov 27 (Timeline Wire) - Foreign Minister Hina Rabbani Khar spoke by telephone with U.S. Secretary of State Hillary Clinton late on Saturday.", new LocalDate(2011, 11, 27));
        var consult = Single(call, "CONSULT");
        Assert.Equal("PAKGOV", Source(consult));
        Assert.Contains(Targets(consult), t => t.StartsWith("USA", StringComparison.Ordinal));
        Assert.Equal(new LocalDate(2011, 11, 26), consult.Date.Start);

        // What was said in the call is the event: calling the strike unacceptable is an accusation.
        var complaint = Run("ISLAMABAD, Nov 27 (Timeline Wire) - Foreign Minister Hina Rabbani Khar told U.S. Secretary of State Hillary Clinton in a telephone call late on Saturday that the strike was unacceptable.", new LocalDate(2011, 11, 27));
        Assert.Equal("ACCUSE", Assert.Single(complaint.Events).Plover);

        var urge = Run("KABUL, Nov 29 (Timeline Wire) - Afghan President Hamid Karzai telephoned Yousuf Raza Gilani on Monday to urge him to attend the conference.", new LocalDate(2011, 11, 29));
        Assert.Equal("DEMAND", Assert.Single(urge.Events).Plover);
    }

    [Fact]
    public void A_relative_clause_takes_its_antecedent_as_the_object_of_its_verb()
    {
        var result = Run("CHICAGO, May 22 (Timeline Wire) - Talks over the routes, which Pakistan closed six months ago, have stalled.", new LocalDate(2012, 5, 22));
        var closure = Single(result, "COERCE");
        Assert.Equal("PAK", Source(closure));
        Assert.Equal(new LocalDate(2011, 11, 1), closure.Date.Start);
    }

    [Fact]
    public void A_day_after_counts_back_from_the_date_the_sentence_gave_before_it()
    {
        var result = Run("TORKHAM, July 4 (Timeline Wire) - The first trucks crossed into Afghanistan on Wednesday, a day after Pakistan agreed to reopen the NATO supply routes.", new LocalDate(2012, 7, 4));
        var reopening = Single(result, "CONCEDE");
        Assert.Equal(new LocalDate(2012, 7, 3), reopening.Date.Start);
        Assert.Equal(DateBasis.Relation, reopening.Date.Basis);
    }

    [Fact]
    public void A_later_sentence_naming_the_raid_with_a_date_dates_the_raid_the_lead_left_undated()
    {
        var result = Run("PESHAWAR, Nov 27 (Timeline Wire) - NATO helicopters attacked two Pakistani border posts, killing 24 soldiers.\n\nThe pre-dawn raid on Saturday was the deadliest of its kind.", new LocalDate(2011, 11, 27));
        var strike = Single(result, "ASSAULT");
        Assert.Equal(new LocalDate(2011, 11, 26), strike.Date.Start);
        Assert.Equal(DateBasis.Text, strike.Date.Basis);
    }

    [Fact]
    public void A_possessive_date_belongs_to_its_noun_not_to_the_verb()
    {
        var result = Run("LAHORE, Nov 29 (Timeline Wire) - Pakistan has decided to boycott next week's conference on Afghanistan.", new LocalDate(2011, 11, 29));
        var boycott = Single(result, "SANCTION");
        Assert.Equal(DateBasis.Publication, boycott.Date.Basis);
    }

    [Fact]
    public void Regret_is_not_an_apology_and_a_reaction_is_aimed_at_the_doer_of_the_event_just_told()
    {
        var regret = Run("WASHINGTON, Dec 1 (Timeline Wire) - US officials have expressed regret over the deaths of Pakistani soldiers.", new LocalDate(2011, 12, 1));
        Assert.DoesNotContain(regret.Events, e => e.Plover == "SUPPORT");

        var reaction = Run("ISLAMABAD, June 7 (Timeline Wire) - An American drone killed a militant leader in North Waziristan on Monday, a strike Pakistan called a violation of its sovereignty.", new LocalDate(2012, 6, 7));
        var accuse = Single(reaction, "ACCUSE");
        Assert.Equal("PAK", Source(accuse));
        Assert.Equal(["USA"], Targets(accuse));
    }

    [Fact]
    public void An_undated_report_of_an_attack_takes_the_date_the_article_gives_that_attack()
    {
        var result = Run("KABUL (Timeline Wire) - Convoys are moving again, six months after a NATO air raid killed 24 Pakistani soldiers.\n\nThe Nov. 26 attack on two border posts was the worst of the war.", new LocalDate(2012, 7, 5));
        var raid = Single(result, "ASSAULT");
        Assert.Equal((DateBasis.Relation, new LocalDate(2011, 11, 26), new LocalDate(2011, 11, 26)), (raid.Date.Basis, raid.Date.Start, raid.Date.End));
    }

    [Fact]
    public void Attacks_the_article_dates_differently_leave_an_undated_report_alone()
    {
        var result = Run("KABUL (Timeline Wire) - Pakistan says NATO aircraft killed 24 soldiers.\n\nThe Nov. 26 attack was the worst since the Sept. 30 raid of last year.", new LocalDate(2011, 12, 2));
        var raid = Single(result, "ASSAULT");
        Assert.Equal(DateBasis.Publication, raid.Date.Basis);
    }

    [Theory]
    [InlineData("within hours of the attack", 26)]
    [InlineData("the day before the attack", 25)]
    public void Within_hours_of_and_the_day_before_the_attack_count_from_the_attack_told_of(string phrase, int day)
    {
        var text = "ISLAMABAD (Timeline Wire) - NATO helicopters struck two Pakistani border posts early on Saturday, killing 24 soldiers.\n\n"
            + $"Pakistan closed the NATO supply routes {phrase}.";
        var closure = Single(Run(text, new LocalDate(2011, 11, 29)), "COERCE");
        Assert.Equal((DateBasis.Relation, new LocalDate(2011, 11, day)), (closure.Date.Basis, closure.Date.Start));
    }

    [Fact]
    public void The_inquiry_is_the_inquiry_of_the_party_that_ordered_it()
    {
        var result = Run("WASHINGTON (Timeline Wire) - Pakistan rejected a U.S. military investigation on Friday.\n\nThe inquiry, led by an Air Force general, found that Pakistani troops fired first.", new LocalDate(2011, 12, 23));
        var finding = Single(result, "ACCUSE");
        Assert.Equal("USA", ActorCodes.Side(Source(finding)));
        Assert.Contains("PAKMIL", Targets(finding));
    }

    [Fact]
    public void A_party_a_relative_clause_hangs_on_is_the_object_of_its_verb()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - Anger grew against the United States, which Islamabad has ordered to leave a drone base.", new LocalDate(2011, 11, 27));
        var order = Single(result, "COERCE");
        Assert.Equal("PAK", Source(order));
        Assert.Equal(["USA"], Targets(order));
    }

    [Fact]
    public void A_country_after_a_city_and_a_comma_is_where_not_who()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - Pakistan closed the NATO supply routes on Saturday.\n\nIt also boycotted a conference on Afghanistan in Bonn, Germany.", new LocalDate(2011, 12, 6));
        var boycott = Single(result, "SANCTION");
        Assert.Equal("PAK", Source(boycott));
    }

    [Fact]
    public void A_committee_meeting_on_its_own_is_no_contact_between_states()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - The cabinet's defence committee met late on Saturday and decided to review cooperation with the United States.", new LocalDate(2011, 11, 27));
        Assert.DoesNotContain(result.Events, e => e.Plover == "CONSULT");
    }

    [Fact]
    public void A_crowd_protesting_at_a_foreign_mission_is_the_people_of_the_place()
    {
        var result = Run("KARACHI (Timeline Wire) - About 3,000 people protested outside the U.S. consulate in Karachi on Sunday.", new LocalDate(2011, 11, 27));
        var protest = Single(result, "PROTEST");
        Assert.Equal("PAKCVL", Source(protest));
        Assert.Equal(["USA"], Targets(protest));
    }

    [Theory]
    [InlineData("NATO's secretary-general wrote to Pakistan's prime minister on Sunday.", "CONSULT")]
    [InlineData("Pakistan's army denied that its troops had fired on the NATO helicopters.", "REJECT")]
    [InlineData("U.S. troops responded with helicopter gunships and artillery against the Pakistani posts.", "ASSAULT")]
    [InlineData("Pakistan's foreign minister told the U.S. ambassador by telephone that the attack was unacceptable.", "ACCUSE")]
    public void Letters_denials_answering_fire_and_judgements_of_an_attack_are_events(string sentence, string plover)
    {
        var result = Run("ISLAMABAD (Timeline Wire) - " + sentence, new LocalDate(2011, 11, 28));
        Assert.Contains(result.Events, e => e.Plover == plover);
    }

    [Fact]
    public void Scoring_pairs_two_gold_events_of_one_type_in_a_sentence_with_two_extracted_events()
    {
        var sentence = "Pakistan closed the routes and evicted U.S. personnel from the base.";
        ReportedEvent Coerce(string summary, string target) => new(summary, "COERCE", null, "172",
            [new EventActor(ActorRole.Source, "PAK", "Pakistan"), new EventActor(ActorRole.Target, target, target)], null,
            new EventDate(new LocalDate(2011, 11, 26), new LocalDate(2011, 11, 26), Precision.Day, DateBasis.Text, null), Modality.Actual, null,
            new Evidence(sentence, 0, sentence.Length));
        var day = new LocalDate(2011, 11, 26);
        GoldEvent[] gold = [new("closed the routes", "COERCE", "PAK", "IGOWSTNAT", day, day), new("evicted U.S. personnel", "COERCE", "PAK", "USA", day, day)];

        var both = EventScoring.Score("d", gold, [Coerce("Pakistan closed the routes", "IGOWSTNAT"), Coerce("Pakistan evicted U.S. personnel from the base", "USA")]);
        var one = EventScoring.Score("d", gold, [Coerce("Pakistan closed the routes", "IGOWSTNAT")]);

        Assert.Equal((2, 2, 0), (both.Matched, both.ActorsRight, both.Duplicates));
        Assert.Equal(1, one.Matched);
    }

    [Theory]
    [InlineData("Zardari left the summit on Monday without a deal to reopen the routes to Afghanistan.")]
    [InlineData("Analysts said the government was under pressure not to reopen the NATO routes to Afghanistan.")]
    public void An_infinitive_after_a_noun_is_what_the_noun_is_about_not_an_event(string sentence)
    {
        var result = Run("ISLAMABAD (Timeline Wire) - " + sentence, new LocalDate(2012, 5, 21));
        Assert.DoesNotContain(result.Events, e => e.Plover == "CONCEDE");
    }

    [Fact]
    public void Him_after_the_verb_is_the_person_told_of_before_not_an_organisation()
    {
        var result = Run("CHICAGO (Timeline Wire) - President Asif Ali Zardari left a NATO summit on Monday, as President Barack Obama declined to hold a formal meeting with him.", new LocalDate(2012, 5, 21));
        var refusal = Single(result, "REJECT");
        Assert.Equal("PAK", ActorCodes.Side(Assert.Single(Targets(refusal))));
    }

    [Fact]
    public void A_verb_after_a_relative_clause_belongs_to_the_clause_s_antecedent()
    {
        var result = Run("CHICAGO (Timeline Wire) - President Asif Ali Zardari, who arrived after a late invitation from NATO, met Afghan President Hamid Karzai on Sunday.", new LocalDate(2012, 5, 21));
        var meeting = Single(result, "CONSULT", e => Targets(e).Any(t => t.StartsWith("AFG", StringComparison.Ordinal)));
        Assert.Equal("PAK", ActorCodes.Side(Source(meeting)));
    }

    [Fact]
    public void A_comma_list_of_verbs_gives_one_event_per_verb()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - Pakistan closed its border crossings to NATO convoys, boycotted a conference on Afghanistan in Bonn and recalled its envoy.", new LocalDate(2011, 12, 12));
        Assert.Contains(result.Events, e => e.Plover == "COERCE");
        Assert.Equal("PAK", Source(Single(result, "SANCTION")));
    }

    [Fact]
    public void A_past_verb_is_not_dated_by_the_future_its_object_names()
    {
        var result = Run("CHICAGO (Timeline Wire) - NATO leaders on Monday endorsed Afghanistan's plan to take over security by the end of 2014.", new LocalDate(2012, 5, 21));
        var endorsement = Single(result, "SUPPORT");
        Assert.Equal(new LocalDate(2012, 5, 21), endorsement.Date.Start);
    }

    [Fact]
    public void Two_contacts_by_different_people_in_one_sentence_stay_two_events()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - President Obama called President Asif Ali Zardari on Dec. 4, and Secretary of State Hillary Clinton has spoken several times with Foreign Minister Hina Rabbani Khar.", new LocalDate(2011, 12, 12));
        Assert.Equal(2, result.Events.Count(e => e.Plover == "CONSULT"));
    }

    [Fact]
    public void An_undated_event_in_a_story_filed_the_day_before_publication_is_dated_by_the_dateline()
    {
        var result = Run("RAWALPINDI, Nov 27: Pakistan's army told reporters that the NATO attack was unprovoked.", new LocalDate(2011, 11, 28));
        var accusation = Single(result, "ACCUSE");
        Assert.Equal((DateBasis.Publication, new LocalDate(2011, 11, 27)), (accusation.Date.Basis, accusation.Date.Start));
    }

    [Fact]
    public void A_surname_the_article_gave_in_full_is_that_person()
    {
        var result = Run("SEOUL (Timeline Wire) - Obama met Indian Prime Minister Manmohan Singh on Monday.\n\nSingh and Gilani are expected to meet briefly on Wednesday.", new LocalDate(2012, 3, 27));
        var planned = Single(result, "CONSULT", e => e.Date.Start == new LocalDate(2012, 3, 28));
        Assert.Equal("IND", ActorCodes.Side(Source(planned)));
        Assert.Equal(Modality.Planned, planned.Modality);
    }

    [Fact]
    public void Ignoring_demands_is_a_rejection_and_he_after_where_is_the_person_told_of()
    {
        var result = Run("WASHINGTON (Timeline Wire) - Washington has ignored repeated demands from Islamabad to stop the strikes.\n\nOn Monday Panetta arrived in India, where he is expected to urge New Delhi to do more in Afghanistan.", new LocalDate(2012, 6, 5));
        Assert.Equal("USA", ActorCodes.Side(Source(Single(result, "REJECT"))));
        Assert.Equal("USA", ActorCodes.Side(Source(Single(result, "DEMAND"))));
    }

    [Fact]
    public void A_pronoun_opening_a_main_clause_is_the_party_the_sentence_before_began_with()
    {
        var result = Run("Questions on the strike\n\nNATO says it is investigating an air strike on two border posts that Pakistani officials say killed 24 soldiers.\n\nHow has Pakistan responded?\n\nIt has closed the border crossings used by NATO supply convoys and told the US to leave the Shamsi air base within 15 days.", new LocalDate(2011, 11, 27));
        Assert.All(result.Events.Where(e => e.Plover == "COERCE"), e => Assert.Equal("PAK", ActorCodes.Side(Source(e))));
        Assert.Contains(result.Events, e => e.Plover == "COERCE" && Targets(e).Contains("USA"));
    }

    [Fact]
    public void A_party_inside_what_a_speaker_says_is_still_the_doer()
    {
        var result = Run("Pakistan reacts\n\nPakistan has reacted furiously to a NATO air strike on two checkpoints near the Afghan border which it says killed 24 soldiers.", new LocalDate(2011, 11, 27));
        Assert.Equal("IGOWSTNAT", Source(Single(result, "ASSAULT")));
    }

    [Fact]
    public void A_since_date_set_off_by_commas_dates_its_state_not_the_clause()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - Negotiations on the supply routes, closed since November, have stalled for weeks over Pakistan's demand for a fee of $5,000 per truck.", new LocalDate(2012, 5, 30));
        var demand = Single(result, "DEMAND");
        Assert.NotEqual(new LocalDate(2011, 11, 1), demand.Date.Start);
    }

    [Fact]
    public void Unnamed_officers_arriving_continue_the_deployment_the_article_told_of()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - A small number of U.S. military trainers have returned to Pakistan, officials said.\n\nTwo officers arrived in Peshawar within the past few weeks.", new LocalDate(2012, 5, 30));
        Assert.All(result.Events.Where(e => e.Plover == "COOPERATE"), e => Assert.Equal("USA", ActorCodes.Side(Source(e))));
        Assert.Contains(result.Events, e => e.Plover == "COOPERATE" && e.Evidence.Sentence.StartsWith("Two officers", StringComparison.Ordinal));
    }

    [Fact]
    public void Scoring_takes_talks_either_way_round_but_a_demand_only_one_way()
    {
        var day = new LocalDate(2012, 5, 15);
        ReportedEvent Event(string plover, string source, string target) => new("x", plover, null, "040",
            [new EventActor(ActorRole.Source, source, source), new EventActor(ActorRole.Target, target, target)], null,
            new EventDate(day, day, Precision.Day, DateBasis.Text, null), Modality.Actual, null, new Evidence("Talks and demands.", 0, 18));

        var talks = EventScoring.Score("d", [new GoldEvent("Talks", "CONSULT", "PAK", "USA", day, day)], [Event("CONSULT", "USA", "PAK")]);
        var demand = EventScoring.Score("d", [new GoldEvent("demands", "DEMAND", "PAK", "USA", day, day)], [Event("DEMAND", "USA", "PAK")]);

        Assert.Equal((1, 1), (talks.Matched, talks.ActorsRight));
        Assert.Equal((1, 0), (demand.Matched, demand.ActorsRight));
    }

    [Fact]
    public void A_title_case_dateline_with_its_outlet_gives_the_home_country()
    {
        var result = Run("Islamabad, Pakistan (CNN) -- The Foreign Ministry summoned the U.S. ambassador on Saturday to lodge a strong protest.", new LocalDate(2011, 11, 26));
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "ACCUSE"))));
    }

    [Fact]
    public void A_verb_joined_by_and_shares_the_date_that_ends_the_clause_before_unless_it_looks_ahead()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - Pakistan's defence committee met in Islamabad on Tuesday and approved the reopening of the NATO supply routes.", new LocalDate(2012, 7, 4));
        Assert.Equal(new LocalDate(2012, 7, 3), Single(result, "CONCEDE").Date.Start);
    }

    [Theory]
    [InlineData("The Pakistani Taliban said they would attack trucks carrying NATO supplies.", "THREATEN")]
    [InlineData("Pakistan will not charge any additional transit fees for NATO trucks.", "CONCEDE")]
    [InlineData("Prime Minister Yousuf Raza Gilani called the attack an \"attack on the sovereignty of Pakistan\" and blamed NATO.", "ACCUSE")]
    public void Threats_to_attack_dropped_fees_and_quoted_judgements_are_events(string sentence, string plover)
    {
        var result = Run("ISLAMABAD (Timeline Wire) - " + sentence, new LocalDate(2012, 7, 4));
        Assert.Contains(result.Events, e => e.Plover == plover);
    }

    [Fact]
    public void A_spokesman_named_after_his_office_speaks_for_it_later_by_surname()
    {
        var result = Run("WASHINGTON, May 31 (Timeline Wire) - Pentagon press secretary George Little spoke to reporters on Thursday.\n\nLittle also said that talks with Pakistan on reopening the supply lines were continuing.", new LocalDate(2012, 5, 31));
        var talks = Single(result, "CONSULT");
        Assert.Equal("USA", ActorCodes.Side(Source(talks)));
    }

    [Fact]
    public void Hoping_to_resume_talks_is_no_event()
    {
        var result = Run("WASHINGTON (Timeline Wire) - On Tuesday, the United States said it hoped to resume talks with Pakistan soon.", new LocalDate(2012, 2, 15));
        Assert.DoesNotContain(result.Events, e => e.Plover == "CONSULT");
    }

    [Fact]
    public void What_happened_this_week_is_not_dated_after_the_report()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - Talks between Pakistan and the United States resumed in Islamabad this week.", new LocalDate(2012, 5, 25));
        var talks = Single(result, "CONSULT");
        Assert.Equal((new LocalDate(2012, 5, 21), new LocalDate(2012, 5, 25)), (talks.Date.Start, talks.Date.End));
    }

    [Theory]
    [InlineData("Pakistan had begun issuing some visas to American diplomats.", "CONCEDE")]
    [InlineData("Pakistan continued to hold up visa applications from American officials.", "COERCE")]
    [InlineData("The ambassador of the United States raised the issue with Pakistan's foreign secretary last week.", "CONSULT")]
    [InlineData("Pakistan would reopen the routes only if Washington stopped drone strikes.", "DEMAND")]
    public void Visas_issued_or_held_up_issues_raised_and_conditions_set_are_events(string sentence, string plover)
    {
        var result = Run("ISLAMABAD (Timeline Wire) - " + sentence, new LocalDate(2012, 5, 31));
        Assert.Contains(result.Events, e => e.Plover == plover);
    }

    [Theory]
    [InlineData("Pakistan's defence committee approved the reopening on Tuesday.", "CONCEDE")]
    [InlineData("Chinese Foreign Minister Yang Jiechi called Pakistani counterpart Hina Rabbani Khar on Sunday.", "CONSULT")]
    public void Approving_the_reopening_and_calling_a_counterpart_are_events(string sentence, string plover)
    {
        var result = Run("ISLAMABAD (Timeline Wire) - " + sentence, new LocalDate(2012, 7, 4));
        Assert.Contains(result.Events, e => e.Plover == plover);
    }

    [Fact]
    public void Being_kept_informed_of_the_talks_is_no_talks()
    {
        var result = Run("NEW DELHI (Timeline Wire) - Indian officials said New Delhi had been kept informed of the talks with Pakistan.", new LocalDate(2012, 7, 4));
        Assert.DoesNotContain(result.Events, e => e.Plover == "CONSULT");
    }

    [Fact]
    public void Stopping_supplies_and_asking_the_US_to_leave_are_two_events()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - Pakistan has stopped all NATO supplies and asked the United States to vacate the Shamsi airbase within 15 days.", new LocalDate(2011, 11, 28));
        Assert.Equal(2, result.Events.Count(e => e.Plover == "COERCE"));
    }

    [Theory]
    [InlineData("An international conference opened in Bonn on Monday without Pakistan, which stayed away in protest at a NATO air strike.", "SANCTION")]
    [InlineData("Defense Secretary Leon Panetta said the United States was reaching the limits of its patience with Pakistan.", "ACCUSE")]
    [InlineData("German Foreign Minister Guido Westerwelle said he had spoken to Pakistani Prime Minister Yousuf Raza Gilani by telephone.", "CONSULT")]
    [InlineData("Foreign Minister Hina Rabbani Khar told him that Pakistan expected the United States to respect the guidelines.", "DEMAND")]
    public void Staying_away_losing_patience_phoning_and_expecting_are_events(string sentence, string plover)
    {
        var result = Run("BONN (Timeline Wire) - " + sentence, new LocalDate(2012, 6, 11));
        Assert.Contains(result.Events, e => e.Plover == plover);
    }

    [Fact]
    public void A_threat_by_people_a_relative_pronoun_names_is_not_the_speaker_s()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - The US envoy said Washington respected Pakistan's sovereignty but would continue to act against terrorists who threatened Americans.", new LocalDate(2012, 4, 27));
        Assert.DoesNotContain(result.Events, e => e.Plover == "THREATEN");
    }

    [Fact]
    public void A_when_clause_of_what_may_happen_has_not_happened()
    {
        var result = Run("WASHINGTON (Timeline Wire) - The team would return when Pakistan was ready to conclude an agreement with the United States.", new LocalDate(2012, 6, 11));
        Assert.DoesNotContain(result.Events, e => e.Plover == "AGREE");
    }

    [Theory]
    [InlineData("Prime Minister Yousuf Raza Gilani described the US move as interference in the internal affairs of the country.", "ACCUSE")]
    [InlineData("A Foreign Office spokesman said the resolution, moved on Friday by Republican congressman Dana Rohrabacher, was an attack on Pakistan's sovereignty.", "ACCUSE")]
    [InlineData("U.S. officials said the CIA had scaled back the drone campaign in the weeks after the border incident.", "RETREAT")]
    [InlineData("Pakistan pulled its liaison officers out of the border coordination centres run with NATO after the attack.", "RETREAT")]
    public void Describing_a_move_as_interference_scaling_back_a_campaign_and_pulling_officers_out_are_events(string sentence, string plover)
    {
        var result = Run("ISLAMABAD, Feb 19 (Timeline Wire) - " + sentence, new LocalDate(2012, 2, 20));
        Assert.Contains(result.Events, e => e.Plover == plover);
    }

    [Fact]
    public void The_agent_of_an_aside_is_not_the_speaker_but_the_one_complained_of()
    {
        var result = Run("ISLAMABAD, Feb 19 (Timeline Wire) - A Foreign Office spokesman said the resolution, moved on Friday by Republican congressman Dana Rohrabacher, was an attack on Pakistan's sovereignty.", new LocalDate(2012, 2, 20));
        var complaint = Single(result, "ACCUSE");
        Assert.Equal("PAKGOV", Source(complaint));
        Assert.Equal(["USA"], Targets(complaint).Select(ActorCodes.Side));
    }

    [Fact]
    public void Asking_one_s_own_foreign_office_to_raise_a_matter_is_no_demand_on_the_other_side()
    {
        var result = Run("ISLAMABAD, Feb 19 (Timeline Wire) - Prime Minister Yousuf Raza Gilani asked the Foreign Office to take up the matter with Washington.", new LocalDate(2012, 2, 20));
        Assert.DoesNotContain(result.Events, e => e.Plover == "DEMAND");
    }

    [Fact]
    public void What_is_said_and_agreed_after_a_meeting_is_said_to_the_other_side_on_the_meeting_s_day()
    {
        var result = Run("RAWALPINDI (Timeline Wire) - The commander of US and Nato forces in Afghanistan, General John Allen, met Pakistan's army chief General Ashfaq Parvez Kayani on Wednesday.\n\n"
            + "General Kayani conveyed Pakistan's concerns over the violation of its sovereignty, the statement said.\n\n"
            + "The two generals agreed to improve communication between their forces along the border.", new LocalDate(2012, 3, 29));
        var meeting = Single(result, "CONSULT");
        Assert.Contains(meeting.Actors, a => a.Code == "IGOWSTNAT");
        var concerns = Single(result, "ACCUSE");
        Assert.Equal(["IGOWSTNAT"], Targets(concerns));
        Assert.Equal(new LocalDate(2012, 3, 28), concerns.Date.Start);
        Assert.Equal(new LocalDate(2012, 3, 28), Single(result, "AGREE").Date.Start);
    }

    [Fact]
    public void A_demand_to_end_the_drone_strikes_is_aimed_at_whoever_flew_the_drones()
    {
        var result = Run("MIRANSHAH, Jan 11 (Timeline Wire) - A U.S. drone fired two missiles at a house near Miranshah late on Tuesday, killing four suspected militants.\n\n"
            + "It was the first such strike since a NATO cross-border attack killed 24 Pakistani soldiers in November.\n\n"
            + "Pakistani lawmakers have demanded an end to the drone strikes.", new LocalDate(2012, 1, 11));
        Assert.Equal(["USA"], Targets(Single(result, "DEMAND")));
    }

    [Fact]
    public void A_relative_clause_that_says_whom_a_side_blames_is_a_standing_view_not_an_event()
    {
        var result = Run("WASHINGTON (Timeline Wire) - Washington has pressed Islamabad for months to move against the Haqqani network, which it blames for attacks on U.S. troops in Afghanistan.", new LocalDate(2012, 1, 11));
        Assert.DoesNotContain(result.Events, e => e.Plover == "ACCUSE");
    }

    [Theory]
    [InlineData("President Barack Obama called Pakistani President Asif Ali Zardari on Sunday to offer his condolences.", "CONSULT")]
    [InlineData("Prime Minister Manmohan Singh accepted an invitation from President Zardari to visit Pakistan.", "AGREE")]
    [InlineData("Pakistan has kept the NATO supply routes into Afghanistan closed since last November.", "COERCE")]
    [InlineData("Zardari told Obama that the strike had caused deep anger in Pakistan.", "ACCUSE")]
    [InlineData("A conference on Afghanistan opened in Bonn without Pakistan, which pulled out after the NATO strike.", "SANCTION")]
    public void Calls_accepted_invitations_routes_kept_closed_anger_and_leaving_a_conference_are_events(string sentence, string plover)
    {
        var result = Run("ISLAMABAD (Timeline Wire) - " + sentence, new LocalDate(2012, 4, 9));
        Assert.Contains(result.Events, e => e.Plover == plover);
        Assert.DoesNotContain(result.Events, e => e.Plover == "RETREAT");
    }

    [Fact]
    public void Bringing_a_party_to_talks_is_no_talks_held()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - Afghan officials complained that Pakistan was doing too little to bring the Taliban to peace talks.", new LocalDate(2012, 2, 17));
        Assert.DoesNotContain(result.Events, e => e.Plover == "CONSULT");
        Assert.Contains(result.Events, e => e.Plover == "ACCUSE");
    }

    [Fact]
    public void A_refusal_answers_the_last_demand_made_of_its_side()
    {
        var result = Run("ISLAMABAD, June 5 (Timeline Wire) - A U.S. drone fired missiles at a compound in Mir Ali on Monday, killing 15 militants.\n\n"
            + "Pakistan's parliament demanded an end to the drone attacks in April.\n\n"
            + "Washington has refused to halt the strikes, which it considers a key tool against al-Qaida.", new LocalDate(2012, 6, 5));
        Assert.Equal(["PAK"], Targets(Single(result, "REJECT")).Select(ActorCodes.Side));
    }

    [Fact]
    public void A_year_used_as_an_adjective_does_not_date_the_event_and_an_agency_dateline_without_a_dash_dates_the_rest()
    {
        var result = Run("Singh presses Zardari\n\nNEW DELHI, Apr 8 (PTI) Prime Minister Manmohan Singh and President Asif Ali Zardari held talks over lunch on Sunday.\n\n"
            + "Singh pressed Pakistan to bring the perpetrators of the 2008 Mumbai attacks to justice.\n\n"
            + "Zardari later flew to Ajmer to pray at a shrine.", new LocalDate(2012, 4, 9));
        Assert.Equal(new LocalDate(2012, 4, 8), Single(result, "DEMAND").Date.Start);
    }

    [Fact]
    public void What_the_presidents_pledged_when_they_met_is_agreed_between_the_same_parties()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - The presidents of Afghanistan and Pakistan met in Islamabad on Friday and pledged to work together against militancy.", new LocalDate(2012, 2, 17));
        var pledge = Single(result, "AGREE");
        Assert.Equal(["AFG", "PAK"], pledge.Actors.Where(a => a.Role != ActorRole.Other).Select(a => ActorCodes.Side(a.Code)).Order());
        Assert.Equal(new LocalDate(2012, 2, 17), pledge.Date.Start);
    }

    [Fact]
    public void A_lead_and_its_detail_are_one_event_that_keeps_both_sentences_as_evidence_and_scores_for_both()
    {
        var result = Run("ISLAMABAD, May 26 (Timeline Wire) - Six months after Pakistan blocked NATO supplies, talks on reopening the routes have stalled.\n\n"
            + "Pakistan suspended the supplies on November 26 last year, hours after NATO helicopters attacked its border posts.", new LocalDate(2012, 5, 26));
        var closure = Single(result, "COERCE");
        Assert.Equal(new LocalDate(2011, 11, 26), closure.Date.Start);
        var retold = Assert.Single(closure.Retold ?? []);
        Assert.NotEqual(closure.Evidence, retold);

        var day = new LocalDate(2011, 11, 26);
        GoldEvent[] gold = [new("Pakistan blocked NATO supplies", "COERCE", "PAK", null, day, day), new("Pakistan suspended the supplies", "COERCE", "PAK", null, day, day)];
        var score = EventScoring.Score("d", gold, [closure]);
        Assert.Equal((2, 1.0), (score.Matched, score.Precision));
    }

    [Fact]
    public void A_closure_of_a_past_year_is_not_a_retelling_of_one_reported_now()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - Pakistan has closed the main routes used to supply NATO forces in Afghanistan.\n\n"
            + "Pakistan closed the Torkham crossing for 10 days last year after a NATO helicopter attack killed two Pakistani soldiers.", new LocalDate(2011, 11, 26));
        Assert.Equal(2, result.Events.Count(e => e.Plover == "COERCE"));
        Assert.All(result.Events.Where(e => e.Plover == "COERCE"), e => Assert.Equal(["IGOWSTNAT"], Targets(e)));
    }

    [Fact]
    public void Routes_which_it_had_closed_were_closed_by_the_subject_before()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - Pakistan reopened the NATO supply routes, which it had closed for seven months in protest against the Salala attack.", new LocalDate(2012, 8, 3));
        var closure = Single(result, "COERCE");
        Assert.Equal("PAK", Source(closure));
        Assert.Equal(["IGOWSTNAT"], Targets(closure));
    }

    [Fact]
    public void Containers_stacked_now_two_months_after_a_closure_date_it_two_months_before_the_report()
    {
        var result = Run("KARACHI (Timeline Wire) - Thousands of containers bound for NATO forces are stacked at Karachi port, two months after Pakistan closed its border to NATO convoys.", new LocalDate(2012, 1, 18));
        Assert.Equal(new LocalDate(2011, 11, 18), Single(result, "COERCE").Date.Start);
    }

    [Theory]
    [InlineData("Sen. John Kerry declined to apologize for the raid, telling reporters that the United States had acted on the best intelligence.", "REJECT", "PAK")]
    [InlineData("Transport operators say Pakistan now wants NATO to pay a fee of up to $5,000 for each container, far more than it has paid in the past.", "DEMAND", "IGOWSTNAT")]
    public void Refusing_an_apology_and_wanting_a_fee_paid_are_aimed_at_the_other_side(string sentence, string plover, string target)
    {
        var result = Run("ISLAMABAD, May 16 (Timeline Wire) - " + sentence, new LocalDate(2011, 5, 16));
        var e = Single(result, plover);
        Assert.Equal([target], Targets(e).Select(ActorCodes.Side));
        Assert.NotNull(e.Date.Start);
    }

    [Fact]
    public void Calling_for_a_review_of_cooperation_is_asked_of_one_s_own_government()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - Pakistan's parliament condemned the raid as a violation of sovereignty and called for a review of cooperation with Washington.", new LocalDate(2011, 5, 16));
        Assert.DoesNotContain(result.Events, e => e.Plover == "DEMAND");
    }

    [Fact]
    public void The_two_ministers_last_met_in_September_is_an_earlier_meeting_of_the_same_two()
    {
        var result = Run("LONDON, Feb 23 (Timeline Wire) - U.S. Secretary of State Hillary Clinton met Pakistani Foreign Minister Hina Rabbani Khar in London on Thursday.\n\n"
            + "Clinton urged Pakistan to help bring the Afghan Taliban to the negotiating table.\n\n"
            + "The two ministers last met in New York in September.", new LocalDate(2012, 2, 23));
        var earlier = Single(result, "CONSULT", e => e.Date.Start?.Month == 9);
        Assert.Equal(["PAK", "USA"], earlier.Actors.Where(a => a.Role != ActorRole.Other).Select(a => ActorCodes.Side(a.Code)).Order());
    }

    [Fact]
    public void A_day_after_the_strike_the_funerals_the_army_s_words_and_the_closures_are_told_apart()
    {
        var result = Run("ISLAMABAD, Pakistan (Timeline Wire) - Thousands of mourners gathered in Peshawar on Sunday for the funerals of the 24 Pakistani soldiers killed in a NATO airstrike near the Afghan border.\n\n"
            + "The strike, which hit two army posts in the Mohmand tribal area early Saturday, was the deadliest of its kind. "
            + "Pakistan's army chief, Gen. Ashfaq Parvez Kayani, called it \"a blatant and unacceptable act\" and said the army would respond to any future attack with full force.\n\n"
            + "On Saturday, Pakistan closed the two border crossings used to ferry supplies to NATO troops and gave the United States 15 days to vacate Shamsi air base.\n\n"
            + "Prime Minister Yousuf Raza Gilani told CNN on Sunday that there would be no more \"business as usual\" with the United States.", new LocalDate(2011, 11, 28));
        var strike = Single(result, "ASSAULT");
        Assert.Equal(new LocalDate(2011, 11, 26), strike.Date.Start); // not the funerals' Sunday
        Assert.Single(strike.Retold ?? []);
        Assert.Equal(["IGOWSTNAT"], Targets(Single(result, "ACCUSE")));
        Assert.Equal(2, result.Events.Count(e => e.Plover == "THREATEN"));
        Assert.Equal(2, result.Events.Count(e => e.Plover == "COERCE"));
    }

    [Fact]
    public void Coming_under_fire_from_a_side_accuses_that_side_and_rejecting_that_account_answers_it()
    {
        var result = Run("WASHINGTON (Timeline Wire) - American officials said that Afghan commandos and American special forces had come under fire from the Pakistani side of the border.\n\n"
            + "Pakistani officials rejected that account, saying there had been no militant activity in the area.", new LocalDate(2011, 11, 28));
        Assert.Equal(["PAK"], Targets(Single(result, "ACCUSE")).Select(ActorCodes.Side));
        Assert.Equal(["USA"], Targets(Single(result, "REJECT")).Select(ActorCodes.Side));
    }

    [Theory]
    [InlineData("Pakistan's parliament said the supply routes may be reopened only if the US meets its conditions.", "DEMAND")]
    [InlineData("US officials have said they will not stop drone strikes in Pakistan.", "REJECT")]
    [InlineData("NATO's secretary general had written to Prime Minister Gilani to express his sorrow and to promise a thorough investigation.", "ACCUSE")]
    public void Conditions_refusals_to_stop_and_promised_inquiries_are_events(string sentence, string plover)
    {
        var result = Run("ISLAMABAD, April 12 (Timeline Wire) - " + sentence, new LocalDate(2012, 4, 13));
        Assert.Contains(result.Events, e => e.Plover == plover);
    }

    [Fact]
    public void A_side_s_own_account_of_returning_fire_at_militants_is_its_defence_not_an_event()
    {
        var result = Run("KABUL (Timeline Wire) - Pakistan's military denied that its troops had targeted Afghan villages and said it had only returned fire at militants crossing from Afghanistan.", new LocalDate(2011, 9, 5));
        Assert.DoesNotContain(result.Events, e => e.Plover == "ASSAULT");
    }

    [Fact]
    public void An_apology_in_a_call_on_Tuesday_is_dated_by_the_call_and_praise_for_the_reopening_goes_to_the_side_that_reopened()
    {
        var result = Run("Trucks cross\n\nISLAMABAD (Timeline Wire) - The first trucks for NATO troops crossed the border on Thursday, a day after Islamabad formally reopened the routes.\n\n"
            + "The decision came after Hillary Clinton said the United States was sorry for the losses suffered by the Pakistani military, in a telephone call with her Pakistani counterpart, Hina Rabbani Khar, on Tuesday.\n\n"
            + "The US defence secretary, Leon Panetta, welcomed the reopening.", new LocalDate(2012, 7, 5));
        Assert.Equal(new LocalDate(2012, 7, 3), Single(result, "SUPPORT", e => e.Evidence.Sentence.Contains("sorry")).Date.Start);
        Assert.Equal(["PAK"], Targets(Single(result, "SUPPORT", e => e.Evidence.Sentence.Contains("welcomed"))).Select(ActorCodes.Side));
        Assert.Equal(["IGOWSTNAT"], Targets(Single(result, "CONCEDE")));
    }

    [Fact]
    public void A_crowd_chanting_anti_American_slogans_protests_against_the_United_States()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - Thousands of supporters of the Difa-e-Pakistan Council protested in Islamabad against the decision, chanting anti-American slogans.", new LocalDate(2012, 7, 5));
        Assert.Equal(["USA"], Targets(Single(result, "PROTEST")));
    }

    [Theory]
    [InlineData("Secretary of State Hillary Clinton attended the meeting and said Pakistan's absence was regrettable.", "CONSULT", false)]
    [InlineData("President Asif Ali Zardari attended the NATO summit in Chicago on Sunday.", "CONSULT", true)]
    [InlineData("NATO invited President Asif Ali Zardari to the summit at the last minute.", "CONSULT", true)]
    [InlineData("The routes were closed in November, said a U.S. official familiar with the talks.", "CONSULT", false)]
    public void Attending_a_party_s_meeting_and_invitations_are_contacts_but_being_familiar_with_talks_is_not(string sentence, string plover, bool expected)
    {
        var result = Run("CHICAGO (Timeline Wire) - " + sentence, new LocalDate(2012, 5, 22));
        Assert.Equal(expected, result.Events.Any(e => e.Plover == plover));
    }

    [Theory]
    [InlineData("The Obama administration on Friday designated the Haqqani network as a foreign terrorist organization.", "SANCTION")]
    [InlineData("Protesters set fire to cinemas and tried to storm the US consulate in Peshawar.", "PROTEST")]
    [InlineData("Pakistan's foreign ministry said Pakistan would continue to cooperate with Washington against terrorism.", "COOPERATE")]
    [InlineData("India's defence minister told reporters that India would not pull its troops back from the glacier despite Pakistan's call.", "REJECT")]
    public void Designations_storming_a_consulate_continued_cooperation_and_refusing_to_pull_back_are_events(string sentence, string plover)
    {
        var result = Run("ISLAMABAD (Timeline Wire) - " + sentence, new LocalDate(2012, 9, 8));
        Assert.Contains(result.Events, e => e.Plover == plover);
    }

    [Fact]
    public void Calling_on_one_s_own_country_and_another_to_settle_is_a_demand_on_the_other()
    {
        var result = Run("SKARDU (Timeline Wire) - Army chief General Ashfaq Parvez Kayani on Wednesday called on Pakistan and India to resolve the dispute over the Siachen glacier.", new LocalDate(2012, 4, 19));
        Assert.Equal(["IND"], Targets(Single(result, "DEMAND")).Select(ActorCodes.Side));
    }

    [Fact]
    public void After_a_subordinate_clause_and_reopened_them_goes_on_with_the_main_subject_and_an_apology_goes_to_the_attacked()
    {
        var result = Run("RAWALPINDI (Timeline Wire) - Pakistan shut the routes in November after a NATO air attack killed 24 Pakistani soldiers, "
            + "and reopened them on July 3 after U.S. Secretary of State Hillary Clinton apologised for the deaths.", new LocalDate(2012, 7, 31));
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "CONCEDE"))));
        Assert.Equal(["PAK"], Targets(Single(result, "SUPPORT")).Select(ActorCodes.Side));
    }

    [Fact]
    public void Meeting_the_criteria_is_no_meeting()
    {
        var result = Run("WASHINGTON (Timeline Wire) - Congress passed a law requiring Clinton to report whether the Haqqani network met the criteria.", new LocalDate(2012, 9, 8));
        Assert.DoesNotContain(result.Events, e => e.Plover == "CONSULT");
    }

    [Fact]
    public void Organisations_from_PETRARCH2_are_parties_and_their_acronyms_are_read_only_in_capitals()
    {
        var agency = Run("VIENNA (Timeline Wire) - The International Atomic Energy Agency urged Iran on Monday to allow inspectors into the Parchin site.", new LocalDate(2012, 5, 21));
        Assert.Equal("IGOUNOIAE", Source(Single(agency, "DEMAND")));
        var acronym = Run("VIENNA (Timeline Wire) - The IAEA urged Iran on Monday to allow inspectors into the Parchin site.", new LocalDate(2012, 5, 21));
        Assert.Equal("IGOUNOIAE", Source(Single(acronym, "DEMAND")));
        var person = Run("NEW DELHI (Timeline Wire) - Amit urged Iran on Monday to allow inspectors into the Parchin site.", new LocalDate(2012, 5, 21));
        Assert.DoesNotContain(person.Events, e => e.Actors.Any(a => a.Code.StartsWith("NGO", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_in_brief_column_s_items_are_dated_by_their_own_days_and_their_headlines_are_not_events()
    {
        var result = Run("IN BRIEF\n\nIran urges Pakistan to finish pipeline\n\nTEHRAN, March 15: Iran's oil minister on Wednesday urged Pakistan to complete its section of a gas pipeline.\n\n"
            + "US warns Pakistan over Iran gas deal\n\nWASHINGTON, March 15: The State Department warned Pakistan on Tuesday that building the pipeline could expose it to American sanctions.", new LocalDate(2012, 3, 16));
        Assert.Equal(new LocalDate(2012, 3, 14), Single(result, "DEMAND").Date.Start);
        Assert.Equal(new LocalDate(2012, 3, 13), Single(result, "THREATEN").Date.Start);
    }

    [Fact]
    public void Money_paid_is_aid_and_money_still_owed_is_a_demand_of_the_one_owed()
    {
        var result = Run("WASHINGTON (Timeline Wire) - The United States has quietly paid Pakistan nearly $700 million to cover the cost of its border troops.\n\n"
            + "Pakistani officials welcomed the payment but said Washington still owed Islamabad more than $1 billion.", new LocalDate(2012, 12, 7));
        Assert.Equal(["PAK"], Targets(Single(result, "AID")));
        var claim = Single(result, "DEMAND");
        Assert.Equal("PAK", ActorCodes.Side(Source(claim)));
        Assert.Equal(["USA"], Targets(claim).Select(ActorCodes.Side));
        Assert.Equal(["USA"], Targets(Single(result, "SUPPORT")).Select(ActorCodes.Side));
    }

    [Fact]
    public void An_inquiry_into_the_airstrikes_that_killed_soldiers_concluded_is_the_reporter_s_finding_on_its_day()
    {
        var result = Run("WASHINGTON (Timeline Wire) - A military investigation into the NATO airstrikes that killed 24 Pakistani soldiers last month concluded that both American and Pakistani forces made mistakes, the Pentagon said Thursday.\n\n"
            + "The investigation, led by Brig. Gen. Stephen A. Clark of the Air Force, found that Pakistani troops fired first.\n\n"
            + "Relations have been frozen since the strike, when Pakistan closed the supply routes and ordered the United States to leave Shamsi air base.", new LocalDate(2011, 12, 23));
        var strike = Single(result, "ASSAULT");
        Assert.Equal(new LocalDate(2011, 11, 1), strike.Date.Start);
        Assert.Equal(["PAKMIL"], Targets(strike));
        var finding = Single(result, "ACCUSE", e => e.Evidence.Sentence.Contains("concluded"));
        Assert.Equal("USA", ActorCodes.Side(Source(finding)));
        Assert.Equal(new LocalDate(2011, 12, 22), finding.Date.Start);
        Assert.Contains(result.Events, e => e.Plover == "ACCUSE" && (e.Retold ?? []).Prepend(e.Evidence).Any(r => r.Sentence.Contains("fired first")));
        Assert.All(result.Events.Where(e => e.Plover == "COERCE"), e => Assert.Equal(new LocalDate(2011, 11, 1), e.Date.Start));
        Assert.Contains(result.Events, e => e.Plover == "COERCE" && Targets(e).Contains("IGOWSTNAT"));
    }

    [Fact]
    public void A_march_to_protest_against_the_strikes_is_against_the_side_that_flew_them()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - The CIA carried out its first known drone strike in Pakistan in June 2004, killing the tribal commander Nek Muhammad.\n\n"
            + "Imran Khan, the cricketer turned politician, led thousands of supporters on a march towards South Waziristan this month to protest against the strikes.", new LocalDate(2012, 10, 25));
        Assert.Equal(new LocalDate(2004, 6, 1), Single(result, "ASSAULT").Date.Start);
        Assert.Equal(["USA"], Targets(Single(result, "PROTEST")).Select(ActorCodes.Side));
    }

    [Fact]
    public void A_factbox_of_key_dates_told_in_the_present_dates_every_sentence_of_an_entry_by_its_date()
    {
        var result = Run("FACTBOX-Key moments\n\n(Timeline Wire) - Here are key events since November:\n\n"
            + "* Nov. 26, 2011 - NATO helicopters and fighter jets attack two Pakistani border posts at Salala, killing 24 soldiers. Pakistan shuts the supply routes and orders the United States to vacate Shamsi air base within 15 days.\n\n"
            + "* Dec. 11 - U.S. personnel leave Shamsi.\n\n"
            + "* Dec. 22 - A U.S. military inquiry finds that both sides made mistakes. Pakistan's army rejects the findings.", new LocalDate(2012, 7, 4));
        Assert.Equal(new LocalDate(2011, 11, 26), Single(result, "ASSAULT").Date.Start);
        Assert.Equal(2, result.Events.Count(e => e.Plover == "COERCE" && e.Date.Start == new LocalDate(2011, 11, 26)));
        Assert.Equal(new LocalDate(2011, 12, 11), Single(result, "RETREAT").Date.Start);
        Assert.Equal(["PAK"], Targets(Single(result, "ACCUSE")).Select(ActorCodes.Side));
        Assert.Equal(new LocalDate(2011, 12, 22), Single(result, "REJECT").Date.Start);
    }

    [Theory]
    [InlineData("Most American troops leave in 2014, under the plan.", "RETREAT")]
    [InlineData("Parliament's guidelines were fully met, including an apology from Washington.", "CONSULT")]
    [InlineData("Lawmakers demanded that the government keep the routes closed until Washington apologised for the Salala attack.", "SUPPORT")]
    public void Plans_for_a_later_year_needs_met_and_conditions_are_no_events(string sentence, string plover)
    {
        var result = Run("ISLAMABAD (Timeline Wire) - " + sentence, new LocalDate(2012, 3, 21));
        Assert.DoesNotContain(result.Events, e => e.Plover == plover);
    }

    [Fact]
    public void Being_told_to_stop_is_a_demand_of_the_speaker_s_side_on_the_one_told()
    {
        var result = Run("ISLAMABAD, March 20 (Timeline Wire) - Defence Minister Ahmad Mukhtar said the United States had been told to stop the strikes.", new LocalDate(2012, 3, 21));
        var demand = Single(result, "DEMAND");
        Assert.Equal("PAK", ActorCodes.Side(Source(demand)));
        Assert.Equal(["USA"], Targets(demand).Select(ActorCodes.Side));
    }

    [Theory]
    [InlineData("Prime Minister Yousuf Raza Gilani told Hillary Clinton in a telephone call on Wednesday that Pakistan would not attend the Bonn conference.", "SANCTION")]
    [InlineData("The federal cabinet decided on Tuesday to stay away from the conference in protest at the NATO strike.", "SANCTION")]
    [InlineData("Afghan President Hamid Karzai also telephoned Gilani, asking him to change his mind.", "DEMAND")]
    [InlineData("German Foreign Minister Guido Westerwelle said he regretted Pakistan's decision.", "ACCUSE")]
    [InlineData("A leaked NATO report said Pakistan's spy agency was helping the Taliban.", "ACCUSE")]
    [InlineData("Hina Rabbani Khar said Pakistan would support any reconciliation process led by Afghans.", "SUPPORT")]
    [InlineData("The invitation was extended by NATO Secretary General Anders Fogh Rasmussen on Tuesday.", "CONSULT")]
    public void Boycotts_announced_calls_asking_regrets_reports_of_help_pledged_support_and_invitations_extended_are_events(string sentence, string plover)
    {
        var result = Run("ISLAMABAD (Timeline Wire) - " + sentence, new LocalDate(2011, 12, 1));
        Assert.Contains(result.Events, e => e.Plover == plover);
    }

    [Fact]
    public void Soldiers_no_one_names_in_a_story_from_Pakistan_are_Pakistan_s_and_an_endorsed_demand_names_no_one_endorsed()
    {
        var strike = Run("ISLAMABAD (Timeline Wire) - The cabinet met in protest at the NATO air strike that killed 24 soldiers on Saturday.", new LocalDate(2011, 12, 1));
        Assert.Equal(["PAKMIL"], Targets(Single(strike, "ASSAULT")));
        var endorsed = Run("ISLAMABAD (Timeline Wire) - The federal cabinet endorsed the decisions of the Defence Committee, including the demand that the US vacate Shamsi airbase.", new LocalDate(2011, 11, 28));
        Assert.DoesNotContain(endorsed.Events, e => e.Plover == "SUPPORT");
    }

    [Theory]
    [InlineData("The White House said on Friday that President Barack Obama had no plans to apologise to Pakistan for the NATO strike.", "REJECT")]
    [InlineData("Spokesman Jay Carney said the United States regretted the loss of life and was committed to a full investigation.", "ACCUSE")]
    [InlineData("China expressed deep shock over the NATO attack on Pakistani border posts.", "ACCUSE")]
    public void No_plans_to_apologise_a_commitment_to_an_inquiry_and_shock_expressed_are_events(string sentence, string plover)
    {
        var result = Run("WASHINGTON, Dec 2 (Timeline Wire) - " + sentence, new LocalDate(2011, 12, 2));
        Assert.Contains(result.Events, e => e.Plover == plover);
    }

    [Fact]
    public void A_demand_for_an_apology_is_made_of_the_side_that_refused_one()
    {
        var result = Run("WASHINGTON, Dec 2 (Timeline Wire) - The White House said President Barack Obama had no plans to apologise to Pakistan.\n\nPakistan has demanded an unconditional apology.", new LocalDate(2011, 12, 2));
        Assert.Equal(["USA"], Targets(Single(result, "DEMAND")).Select(ActorCodes.Side));
    }

    [Fact]
    public void Helicopters_from_a_coalition_are_the_coalition_s_attack()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - Helicopters from the US-led coalition fired on two military checkposts on Saturday, killing 24 soldiers.", new LocalDate(2011, 11, 27));
        Assert.Equal("IGOWSTNAT", ActorCodes.Side(Source(Single(result, "ASSAULT"))));
    }

    [Fact]
    public void An_unattributed_missile_strike_is_by_the_party_the_article_names_as_flying_the_drones_and_by_no_one_otherwise()
    {
        const string strike = "A missile strike killed three suspected militants in North Waziristan on Saturday, local officials said.";
        var named = Run("ISLAMABAD (Timeline Wire) - Pakistan evicted U.S. drone operators from Shamsi last year.\n\n" + strike, new LocalDate(2012, 11, 26));
        var attack = Single(named, "ASSAULT");
        Assert.Equal(("USA", new LocalDate(2012, 11, 24)), (Source(attack), attack.Date.Start));
        Assert.DoesNotContain(Run("ISLAMABAD (Timeline Wire) - " + strike, new LocalDate(2012, 11, 26)).Events, e => e.Plover == "ASSAULT");
    }

    [Fact]
    public void Routes_that_reopened_were_reopened_by_the_side_that_closed_them()
    {
        var result = Run("KABUL (Timeline Wire) - Pakistan shut the supply routes in November.\n\nThe routes reopened in July after Hillary Clinton said the United States was sorry.", new LocalDate(2012, 11, 26));
        var reopening = Single(result, "CONCEDE");
        Assert.Equal(("PAK", new LocalDate(2012, 7, 1)), (Source(reopening), reopening.Date.Start));
    }

    [Fact]
    public void A_month_still_to_come_in_a_story_of_what_was_done_is_last_year_s()
    {
        var result = Run("ISLAMABAD, Nov 26 (Timeline Wire) - The strike prompted Pakistan to evict U.S. drone operators from the Shamsi air base in December.", new LocalDate(2012, 11, 26));
        Assert.Equal(new LocalDate(2011, 12, 1), Single(result, "COERCE").Date.Start);
    }

    [Fact]
    public void The_day_after_the_strike_is_after_the_last_attack_told_as_a_strike_not_after_a_raid()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - Pakistan has restricted US trainers since a NATO air strike killed 24 Pakistani soldiers last November.\n\n"
            + "After US commandos killed Osama bin Laden in Abbottabad in May 2011, Pakistan ordered most American trainers home.\n\n"
            + "Pakistan shut the roads to Afghanistan the day after the strike.", new LocalDate(2012, 5, 31));
        var closure = Single(result, "COERCE", e => e.Summary.Contains("roads"));
        Assert.Equal((new LocalDate(2011, 11, 2), new LocalDate(2011, 12, 1)), (closure.Date.Start!.Value, closure.Date.End!.Value));
        Assert.Contains(result.Events, e => e.Plover == "COERCE" && e.Summary.Contains("home"));
    }

    [Fact]
    public void The_first_time_clause_after_an_act_is_the_same_act()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - Two US military officers have returned to Peshawar in the past few weeks, the first time US troops have been posted outside the capital since November.", new LocalDate(2012, 5, 31));
        Single(result, "COOPERATE");
    }

    [Fact]
    public void Hours_later_is_the_day_of_the_last_act_told_with_its_day()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - Pakistan on Saturday blocked all supplies to NATO troops in Afghanistan.\n\n"
            + "Hours later the defence committee of the cabinet met in Islamabad. It told the United States to vacate the Shamsi airbase within 15 days.", new LocalDate(2011, 11, 27));
        var order = Single(result, "COERCE", e => e.Summary.Contains("Shamsi"));
        Assert.Equal((new LocalDate(2011, 11, 26), DateBasis.Relation), (order.Date.Start!.Value, order.Date.Basis));
    }

    [Fact]
    public void A_retaliation_told_as_a_chain_of_participles_is_one_act_per_participle()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - Islamabad retaliated by blocking the land routes that carried NATO's supplies, evicting the Americans from the Shamsi air base and ordering a review of all cooperation.", new LocalDate(2012, 5, 31));
        Assert.Equal(2, result.Events.Count(e => e.Plover == "COERCE"));
        Assert.Contains(result.Events, e => e is { Plover: "COERCE", Mode: "deport" } && Targets(e).Any(t => ActorCodes.Side(t) == "USA"));
    }

    [Fact]
    public void Ordering_a_long_named_group_to_leave_the_country_is_an_expulsion()
    {
        var result = Run("RAWALPINDI, June 1 (Timeline Wire) - Last year, Pakistan ordered most of the roughly 120 American trainers working with the Frontier Corps to leave the country.", new LocalDate(2012, 6, 2));
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "COERCE"))));
        Assert.DoesNotContain(result.Events, e => e.Plover == "RETREAT");
    }

    [Fact]
    public void A_statement_that_calls_drone_attacks_a_violation_of_sovereignty_charges_for_the_home_side()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - A US missile strike killed 15 people near Miramshah on Sunday.\n\n"
            + "\"The drone attacks are unlawful, against international law and a clear violation of Pakistan's sovereignty,\" the statement said.", new LocalDate(2012, 6, 5));
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "ACCUSE"))));
    }

    [Fact]
    public void Conveying_the_government_s_concern_is_a_complaint()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - Pakistan's foreign secretary on Monday conveyed the government's concern at the continuing US drone strikes.", new LocalDate(2012, 6, 5));
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "ACCUSE"))));
    }

    [Fact]
    public void Talks_that_broke_down_and_talking_that_will_go_on_are_contacts()
    {
        var broke = Run("ISLAMABAD (Timeline Wire) - Talks between Pakistan and the United States on a transit agreement broke down last month.", new LocalDate(2012, 6, 5));
        Assert.Equal(new LocalDate(2012, 5, 1), Single(broke, "CONSULT").Date.Start);
        var going = Run("BONN (Timeline Wire) - Clinton said on Monday that Washington would keep talking to Islamabad despite the dispute.", new LocalDate(2011, 12, 5));
        Assert.Equal("USA", ActorCodes.Side(Source(Single(going, "CONSULT"))));
    }

    [Fact]
    public void Appealing_to_a_country_to_stop_something_is_a_demand()
    {
        var result = Run("BONN (Timeline Wire) - Afghan President Hamid Karzai on Monday appealed to Pakistan to stop giving shelter to the Taliban leadership.", new LocalDate(2011, 12, 5));
        var demand = Single(result, "DEMAND");
        Assert.Equal(("AFG", "PAK"), (ActorCodes.Side(Source(demand)), ActorCodes.Side(Targets(demand).First())));
    }

    [Fact]
    public void Stepping_up_strikes_attacks_and_strikes_that_will_go_on_refuse_the_demand_to_end_them()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - The United States has stepped up its strikes in the tribal areas over the past two weeks.\n\n"
            + "American officials have said privately that the strikes will go on.", new LocalDate(2012, 6, 5));
        Assert.Equal("USA", ActorCodes.Side(Source(Single(result, "ASSAULT"))));
        Assert.Equal("USA", ActorCodes.Side(Source(Single(result, "REJECT"))));
    }

    [Fact]
    public void A_decision_that_could_not_be_reversed_is_a_refusal()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - Gilani told Chancellor Angela Merkel on Saturday that Pakistan's decision to stay away could not be reversed.", new LocalDate(2011, 12, 5));
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "REJECT"))));
    }

    [Fact]
    public void A_closure_told_to_measure_a_long_first_since_is_no_event()
    {
        var result = Run("RAWALPINDI (Timeline Wire) - Two American officers were posted to Peshawar, the first time US military personnel had been sent to the city since Islamabad curtailed cooperation after the Salala attack.", new LocalDate(2012, 6, 2));
        Assert.DoesNotContain(result.Events, e => e.Plover == "SANCTION");
    }

    [Fact]
    public void An_attack_in_a_which_clause_takes_the_date_that_ends_its_noun()
    {
        var result = Run("RAWALPINDI (Timeline Wire) - Following the NATO air strike on two border posts in Mohmand Agency in November, which killed 24 soldiers, the army pulled its officers out of the border centres.", new LocalDate(2012, 6, 2));
        Assert.Equal(new LocalDate(2011, 11, 1), Single(result, "ASSAULT").Date.Start);
    }

    [Fact]
    public void Parliamentary_guidelines_that_call_for_something_are_the_home_legislature_s_demand()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - The parliamentary guidelines call for an immediate end to the US drone campaign.", new LocalDate(2012, 6, 5));
        Assert.Equal("PAKLEG", Source(Single(result, "DEMAND")));
    }

    [Fact]
    public void Saying_one_won_t_participate_refuses_and_a_charge_called_simply_wrong_is_rejected()
    {
        var refusal = Run("ISLAMABAD (Timeline Wire) - Pakistan's army said on Tuesday it won't participate.", new LocalDate(2011, 11, 30));
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(refusal, "REJECT"))));
        var denial = Run("WASHINGTON (Timeline Wire) - The Pentagon said any suggestion of that was simply wrong.", new LocalDate(2011, 11, 30));
        Assert.Equal("USA", ActorCodes.Side(Source(Single(denial, "REJECT"))));
    }

    [Fact]
    public void Lines_of_communication_that_remain_closed_are_a_closure()
    {
        var closed = Run("ISLAMABAD (Timeline Wire) - The ground lines of communication through Pakistan remain closed.", new LocalDate(2011, 11, 30));
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(closed, "COERCE"))));
    }

    [Fact]
    public void Being_committed_to_a_full_and_transparent_inquiry_is_an_investigation()
    {
        var result = Run("WASHINGTON (Timeline Wire) - The Pentagon said on Wednesday the United States is committed to a full and transparent inquiry.", new LocalDate(2011, 11, 30));
        Assert.Equal(("USA", "investigate"), (ActorCodes.Side(Source(Single(result, "ACCUSE"))), Single(result, "ACCUSE").Mode));
    }

    [Fact]
    public void Terms_for_supplies_to_resume_only_under_new_arrangements_and_no_foreign_bases_are_a_demand_and_a_refusal()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - Pakistan's parliament said on Thursday that NATO supplies may resume only under new arrangements. "
            + "Pakistan's parliament also said no foreign bases shall be allowed on Pakistani soil.", new LocalDate(2012, 4, 13));
        Assert.Single(result.Events, e => e.Plover == "DEMAND");
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "REJECT"))));
    }

    [Fact]
    public void An_envoy_expected_in_a_capital_is_a_planned_visit()
    {
        var result = Run("WASHINGTON (Timeline Wire) - Officials said U.S. special envoy Marc Grossman was expected in Islamabad within weeks.", new LocalDate(2012, 4, 13));
        var visit = Single(result, "CONSULT");
        Assert.Equal(("USA", "PAK"), (ActorCodes.Side(Source(visit)), ActorCodes.Side(Targets(visit).First())));
    }

    [Fact]
    public void Tankers_torched_by_unnamed_gunmen_or_set_on_fire_by_militants_were_attacked_by_the_home_country_s_rebels()
    {
        var torched = Run("TORKHAM, Pakistan, Feb 8 (Timeline Wire) - Gunmen torched eight tankers near Peshawar on Tuesday.", new LocalDate(2012, 2, 8));
        Assert.Equal("PAKREB", Source(Single(torched, "ASSAULT")));
        var burned = Run("TORKHAM, Pakistan, Feb 8 (Timeline Wire) - Dozens of tankers have been set on fire by militants.", new LocalDate(2012, 2, 8));
        Assert.Equal("PAKREB", Source(Single(burned, "ASSAULT")));
    }

    [Fact]
    public void A_reporter_s_question_in_a_transcript_tells_nothing()
    {
        var result = Run("WASHINGTON (Timeline Wire) - The Pakistanis have asked the United States to leave Shamsi by December 11.\n\n"
            + "Q: And Shamsi? Will U.S. personnel leave by the deadline?", new LocalDate(2011, 11, 30));
        Assert.DoesNotContain(result.Events, e => e.Plover == "RETREAT");
    }

    [Fact]
    public void Terms_approved_with_a_country_while_demanding_something_are_demanded_of_that_country()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - Pakistan's parliament on Thursday approved new terms of engagement with the United States, demanding an immediate end to drone attacks.", new LocalDate(2012, 4, 13));
        Assert.Contains("USA", Targets(Single(result, "DEMAND")).Select(ActorCodes.Side));
    }

    [Fact]
    public void Refusing_to_carry_on_business_as_usual_is_a_threat()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - Prime Minister Yousuf Raza Gilani said on Monday that Pakistan would not carry on business as usual with the United States.", new LocalDate(2011, 11, 28));
        Assert.Equal("USA", ActorCodes.Side(Targets(Single(result, "THREATEN")).First()));
    }

    [Fact]
    public void Supply_lines_that_a_party_names_were_closed_to_that_party()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - Gilani said the NATO supply lines passing through Pakistan had been suspended.", new LocalDate(2011, 11, 28));
        var closure = Single(result, "COERCE");
        Assert.Equal("PAK", ActorCodes.Side(Source(closure)));
        Assert.Contains("IGOWSTNAT", Targets(closure).Select(ActorCodes.Side));
    }

    [Fact]
    public void Aircraft_that_continued_to_fire_attacked()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - The army said NATO aircraft continued to fire on the posts for two hours.", new LocalDate(2011, 11, 27));
        Assert.Equal("IGOWSTNAT", ActorCodes.Side(Source(Single(result, "ASSAULT"))));
    }

    [Fact]
    public void A_call_for_a_country_s_sovereignty_to_be_respected_supports_that_country()
    {
        var result = Run("BEIJING (Timeline Wire) - China said on Monday that Pakistan's independence, sovereignty and territorial integrity should be respected.", new LocalDate(2011, 11, 28));
        var support = Single(result, "SUPPORT");
        Assert.Equal(("CHN", "PAK"), (ActorCodes.Side(Source(support)), ActorCodes.Side(Targets(support).Single())));
        Assert.DoesNotContain(result.Events, e => e.Plover == "ACCUSE");
    }

    [Fact]
    public void Leaders_who_exchanged_a_few_words_met()
    {
        var result = Run("CHICAGO (Timeline Wire) - President Barack Obama and President Asif Ali Zardari exchanged a few words on Monday.", new LocalDate(2012, 5, 22));
        Assert.Equal(new LocalDate(2012, 5, 21), Single(result, "CONSULT").Date.Start);
    }

    [Fact]
    public void Routes_that_a_party_closed_were_closed_by_that_party()
    {
        var result = Run("CHICAGO (Timeline Wire) - Obama made no mention of the southern routes that Pakistan closed in November.", new LocalDate(2012, 5, 22));
        var closure = Single(result, "COERCE");
        Assert.Equal(("PAK", new LocalDate(2011, 11, 1)), (ActorCodes.Side(Source(closure)), closure.Date.Start!.Value));
    }

    [Fact]
    public void Talks_that_would_continue_are_talks_and_a_request_called_unacceptable_is_refused()
    {
        var talks = Run("ISLAMABAD (Timeline Wire) - The Foreign Office said talks with the United States on the routes would continue.", new LocalDate(2012, 5, 22));
        Assert.Single(talks.Events, e => e.Plover == "CONSULT");
        var refusal = Run("WASHINGTON (Timeline Wire) - A U.S. defence official said Islamabad's request for about $5,000 per truck was unacceptable.", new LocalDate(2012, 5, 22));
        var rejected = Single(refusal, "REJECT");
        Assert.Equal(("USA", "PAK"), (ActorCodes.Side(Source(rejected)), ActorCodes.Side(Targets(rejected).First())));
    }

    [Fact]
    public void A_cabinet_that_met_with_its_prime_minister_in_the_chair_met_no_one_abroad()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - The federal cabinet met with the Prime Minister in the chair and endorsed the decisions on cooperation with the US and NATO.", new LocalDate(2011, 11, 28));
        Assert.DoesNotContain(result.Events, e => e.Plover == "CONSULT");
    }

    [Fact]
    public void A_vow_on_a_day_to_attack_and_to_kill_is_one_threat_and_no_attack_on_that_day()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - The Pakistani Taliban vowed on Wednesday to attack the lorries and to kill any drivers who carried supplies for NATO.\n\n"
            + "Relations have been strained since the raid on November 26, when NATO aircraft struck two Pakistani border posts at Salala.\n\n"
            + "A US air raid killed 24 soldiers, officials said.", new LocalDate(2012, 7, 5));
        Assert.Equal(new LocalDate(2012, 7, 4), Single(result, "THREATEN").Date.Start);
        Assert.All(result.Events.Where(e => e.Plover == "ASSAULT"), e => Assert.Equal(new LocalDate(2011, 11, 26), e.Date.Start)); // the vow names no attack of Wednesday
    }

    [Fact]
    public void The_party_that_names_a_summit_is_not_the_one_that_talks_at_it()
    {
        var result = Run("CHICAGO (Timeline Wire) - President Asif Ali Zardari flew home on Tuesday after a NATO summit at which he held talks with Secretary of State Hillary Clinton.", new LocalDate(2012, 5, 22));
        Assert.DoesNotContain(result.Events, e => e.Actors.Any(a => a.Role == ActorRole.Source && ActorCodes.Side(a.Code) == "IGOWSTNAT"));
    }

    [Fact]
    public void A_crowd_chanting_slogans_against_a_country_protests_against_it()
    {
        var result = Run("LAHORE (Timeline Wire) - On Wednesday, supporters of the Difa-e-Pakistan Council marched through the streets of Lahore in protest at the decision, chanting slogans against the United States.", new LocalDate(2012, 7, 5));
        Assert.Contains("USA", Targets(Single(result, "PROTEST")).Select(ActorCodes.Side));
    }

    [Fact]
    public void What_leaders_agreed_at_a_meeting_was_agreed_by_its_parties_on_its_day()
    {
        var result = Run("ANKARA (Timeline Wire) - Zardari held a trilateral meeting with Karzai and the Turkish president, Abdullah Gul, on Sunday, at which the three leaders agreed to meet again in the autumn.", new LocalDate(2012, 5, 22));
        var agreed = Single(result, "AGREE");
        Assert.Equal(("PAK", new LocalDate(2012, 5, 20)), (ActorCodes.Side(Source(agreed)), agreed.Date.Start!.Value));
    }

    [Fact]
    public void Closing_crossings_in_anger_over_a_dated_raid_came_on_or_after_it()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - Islamabad sealed its crossings in anger over a NATO air raid that killed 24 soldiers on November 26.", new LocalDate(2012, 7, 5));
        var closure = Single(result, "COERCE");
        Assert.Equal((new LocalDate(2011, 11, 26), DateBasis.Relation), (closure.Date.Start!.Value, closure.Date.Basis));
    }

    [Fact]
    public void Hours_earlier_is_the_day_of_the_last_act_told_with_its_day()
    {
        var result = Run("BRUSSELS (Timeline Wire) - NATO invited President Asif Ali Zardari to its Chicago summit on Tuesday.\n\n"
            + "Hours earlier, Pakistan's cabinet approved the resumption of talks with the United States.", new LocalDate(2012, 5, 17));
        var talks = Single(result, "AGREE", e => e.Summary.Contains("resumption"));
        Assert.Equal((new LocalDate(2012, 5, 15), DateBasis.Relation), (talks.Date.Start!.Value, talks.Date.Basis));
    }

    [Fact]
    public void An_undated_act_told_in_the_simple_past_after_a_dated_one_in_its_paragraph_follows_on_from_that_day()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - The U.S. team flew back to Pakistan on Monday. "
            + "The American negotiators met Finance Minister Abdul Hafeez Shaikh soon after arriving.\n\n"
            + "Pakistan has refused to reopen the routes.", new LocalDate(2012, 6, 27));
        var meeting = Single(result, "CONSULT", e => e.Summary.Contains("Shaikh"));
        Assert.Equal((new LocalDate(2012, 6, 25), DateBasis.Relation), (meeting.Date.Start!.Value, meeting.Date.Basis));
        var refusal = Single(result, "REJECT");
        Assert.Equal(DateBasis.Publication, refusal.Date.Basis); // a new paragraph, and the present perfect: the report's day
    }

    [Fact]
    public void Lawmakers_are_the_home_country_s_and_a_demand_made_of_one_s_own_government_is_domestic()
    {
        var demand = Run("ISLAMABAD (Timeline Wire) - In April, lawmakers unanimously demanded an unconditional apology from the United States.", new LocalDate(2012, 11, 26));
        Assert.Equal("PAKLEG", Source(Single(demand, "DEMAND")));
        var domestic = Run("ISLAMABAD (Timeline Wire) - Several lawmakers demanded that the government keep the routes closed until Washington apologised.", new LocalDate(2012, 3, 20));
        Assert.DoesNotContain(domestic.Events, e => e.Plover == "DEMAND");
    }

    [Fact]
    public void A_person_after_a_title_in_lower_case_is_still_that_person()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - Foreign minister Hina Rabbani Khar telephoned secretary of state Hillary Clinton on Saturday.", new LocalDate(2011, 11, 27));
        Assert.Equal(["USA"], Targets(Single(result, "CONSULT")).Select(ActorCodes.Side));
    }

    [Fact]
    public void Soldiers_killed_a_year_ago_when_aircraft_attacked_are_the_victims_not_the_attackers()
    {
        var result = Run("ISLAMABAD, Nov 26 (Timeline Wire) - Pakistan's army held prayers on Monday for the 24 soldiers killed a year ago when NATO aircraft attacked two border posts, an incident that plunged relations with the United States to a low.", new LocalDate(2012, 11, 26));
        var strike = Single(result, "ASSAULT");
        Assert.Equal("IGOWSTNAT", Source(strike));
        Assert.DoesNotContain("USA", Targets(strike));
    }

    [Fact]
    public void A_call_in_which_something_was_said_is_a_contact_of_its_own()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - The routes were opened again on July 4, a day after Secretary of State Hillary Clinton said \"we are sorry\" for the deaths in a telephone call to Foreign Minister Hina Rabbani Khar.", new LocalDate(2012, 7, 31));
        var call = Single(result, "CONSULT");
        Assert.Equal(("USA", new LocalDate(2012, 7, 3)), (ActorCodes.Side(Source(call)), call.Date.Start!.Value));
        Assert.Equal(new LocalDate(2012, 7, 4), Single(result, "CONCEDE").Date.Start);
    }

    [Fact]
    public void A_speaker_who_says_it_will_act_is_the_actor_and_a_deadline_does_not_date_the_act()
    {
        var aid = Run("ISLAMABAD (Timeline Wire) - The Pentagon said it would release $1.1 billion in military aid to Pakistan.", new LocalDate(2012, 7, 31));
        Assert.Equal("USA", ActorCodes.Side(Source(Single(aid, "AID"))));
        var deal = Run("ISLAMABAD (Timeline Wire) - Under the deal, Pakistan will not charge NATO any transit fee until the end of 2015.", new LocalDate(2012, 7, 31));
        Assert.DoesNotContain(deal.Events, e => e.Date.Start?.Year == 2015);
    }

    [Fact]
    public void Has_since_is_no_new_clause_and_what_was_done_since_runs_up_to_the_report()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - Pakistan closed Torkham to NATO convoys on September 30, and militants have since torched more than 100 stranded NATO tankers.\n\nPakistan has since closed the NATO supply routes.", new LocalDate(2010, 10, 7));
        var torched = Single(result, "ASSAULT");
        Assert.Equal((new LocalDate(2010, 9, 30), new LocalDate(2010, 10, 7)), (torched.Date.Start!.Value, torched.Date.End!.Value));
        Assert.Contains(result.Events, e => e.Plover == "COERCE" && Source(e) == "PAK");
    }

    [Fact]
    public void Condemning_the_attack_is_aimed_at_the_latest_attack_not_one_recalled_in_passing()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - A CIA drone fired missiles at a compound in Miranshah late Wednesday, killing four suspected militants.\n\n"
            + "U.S. officials had paused the drone campaign after the Nov. 26 NATO air attack that killed 24 Pakistani soldiers.\n\n"
            + "Pakistan's foreign ministry called the attack a violation of its territorial integrity.", new LocalDate(2012, 1, 12));
        Assert.Equal(["USA"], Targets(Single(result, "ACCUSE")).Select(ActorCodes.Side));
        Assert.Contains(result.Events, e => e.Plover == "RETREAT");
    }

    [Theory]
    [InlineData("Pakistan's army said on Monday the NATO attack that killed 24 of its soldiers was a deliberate act.", "ACCUSE")]
    [InlineData("The army dismissed as baseless reports that militants had been shooting from near the checkpoints.", "REJECT")]
    [InlineData("NATO's commander appointed Brigadier General Stephen Clark to lead an investigation.", "ACCUSE")]
    [InlineData("By mid-December, the last Americans had flown out of Shamsi air base.", "RETREAT")]
    [InlineData("On Wednesday, Pakistan announced it would reopen its roads to NATO convoys.", "CONCEDE")]
    [InlineData("On Tuesday, Hillary Clinton told Pakistan's foreign minister that the United States was sorry for the deaths.", "SUPPORT")]
    public void Charges_denials_inquiries_departures_and_reopenings_told_in_other_words_are_found(string sentence, string plover)
    {
        var result = Run("RAWALPINDI, Pakistan, Nov 28 (Timeline Wire) - " + sentence, new LocalDate(2011, 11, 28));
        Assert.Contains(result.Events, e => e.Plover == plover);
    }

    [Fact]
    public void A_quoted_official_the_registry_does_not_know_speaks_for_the_dateline_s_country()
    {
        var result = Run("RAWALPINDI, Pakistan, Nov 28 (Timeline Wire) - NATO helicopters attacked two posts on Saturday.\n\n\"It was a deliberate attack,\" chief military spokesman Major General Athar Abbas told a news conference.", new LocalDate(2011, 11, 28));
        Assert.Equal("PAKMIL", Source(Single(result, "ACCUSE")));
    }

    [Fact]
    public void The_following_week_is_a_date_not_a_clause_about_what_followed()
    {
        var result = Run("WASHINGTON (Timeline Wire) - An American military inquiry released on Dec. 22 found that both sides had made mistakes. Pakistan's army dismissed it the following week.", new LocalDate(2012, 7, 5));
        Assert.Equal(new LocalDate(2011, 12, 26), Single(result, "REJECT").Date.Start);
    }

    [Theory]
    [InlineData("Secretary of State Hillary Clinton told delegates that Pakistan's absence was regrettable.", "ACCUSE")]
    [InlineData("Islamabad wants about $5,000 for every container that crosses its territory.", "DEMAND")]
    [InlineData("The Pentagon pulled its negotiating team out of Islamabad on Monday.", "RETREAT")]
    [InlineData("Pakistan wants an apology, which the Obama administration has so far declined to give.", "REJECT")]
    public void Regrets_prices_recalled_teams_and_refusals_without_an_object_are_found(string sentence, string plover)
    {
        var result = Run("ISLAMABAD, June 13 (Timeline Wire) - " + sentence, new LocalDate(2012, 6, 13));
        Assert.Contains(result.Events, e => e.Plover == plover);
    }

    [Fact]
    public void The_month_of_an_attack_named_in_the_object_does_not_date_the_demand()
    {
        var result = Run("ISLAMABAD, April 13 (Timeline Wire) - Pakistan's parliament on Thursday demanded an unconditional U.S. apology for the November attack.", new LocalDate(2012, 4, 13));
        Assert.Equal(new LocalDate(2012, 4, 12), Single(result, "DEMAND").Date.Start);
    }

    [Theory]
    [InlineData("Prime Minister Yousuf Raza Gilani said the country would not take part in the December 5 conference in Bonn.", "SANCTION")]
    [InlineData("US officials have privately called the demand unacceptable.", "REJECT")]
    [InlineData("A Pentagon spokesman said the department was \"not going to pay anything like that\".", "REJECT")]
    [InlineData("Pakistan has told the United States it will charge up to $5,000 for each container.", "DEMAND")]
    [InlineData("China said Beijing was \"deeply shocked\" by the deaths of the Pakistani soldiers.", "ACCUSE")]
    public void A_boycott_a_refused_price_a_price_asked_and_shock_are_found(string sentence, string plover)
    {
        var result = Run("ISLAMABAD, Nov 29 (Timeline Wire) - " + sentence, new LocalDate(2011, 11, 29));
        Assert.Contains(result.Events, e => e.Plover == plover);
    }

    [Fact]
    public void A_cabinet_endorsing_its_own_side_s_closure_is_no_event_of_its_own()
    {
        var result = Run("ISLAMABAD, Nov 29 (Timeline Wire) - The Pakistani cabinet endorsed the closure of the supply routes and the order to evict US personnel from Shamsi.", new LocalDate(2011, 11, 29));
        Assert.DoesNotContain(result.Events, e => e.Plover == "SUPPORT");
    }

    [Fact]
    public void Gunmen_in_an_in_brief_item_are_of_the_item_s_own_dateline()
    {
        var result = Run("South Asia news in brief\n\nBONN — Afghan President Hamid Karzai on Monday urged Pakistan to stop harbouring insurgents.\n\n"
            + "QUETTA — Gunmen set fire to at least 20 tankers carrying fuel for NATO forces late Sunday, police said.", new LocalDate(2011, 12, 6));
        var attack = Single(result, "ASSAULT");
        Assert.Equal(("PAK", new LocalDate(2011, 12, 4)), (ActorCodes.Side(Source(attack)), attack.Date.Start!.Value));
    }

    [Fact]
    public void What_a_document_says_is_dated_by_the_clause_that_dates_the_document()
    {
        var result = Run("WASHINGTON, April 13 (Timeline Wire) - Pakistan's parliament on Thursday unanimously approved the guidelines, which demand an end to drone strikes and an unconditional U.S. apology.", new LocalDate(2012, 4, 13));
        Assert.Equal(new LocalDate(2012, 4, 12), Single(result, "DEMAND").Date.Start);
    }

    [Fact]
    public void A_diplomat_called_to_the_foreign_office_was_summoned_by_its_side()
    {
        var result = Run("ISLAMABAD, Feb 20 (Timeline Wire) - Richard Hoagland, the deputy chief of mission at the U.S. embassy, was called to the Foreign Office and told that the resolution was unacceptable.", new LocalDate(2012, 2, 20));
        var summons = Single(result, "ACCUSE");
        Assert.Equal(("PAK", "USA"), (ActorCodes.Side(Source(summons)), string.Join(",", Targets(summons).Select(ActorCodes.Side).Distinct())));
    }

    [Fact]
    public void A_visit_postponed_at_one_side_s_request_is_that_side_s_refusal()
    {
        var result = Run("ISLAMABAD, Feb 20 (Timeline Wire) - A visit by special envoy Marc Grossman was postponed at Pakistan's request.", new LocalDate(2012, 2, 20));
        var refusal = Single(result, "REJECT");
        Assert.Equal(("PAK", "USA"), (ActorCodes.Side(Source(refusal)), ActorCodes.Side(Targets(refusal).Single())));
    }

    [Fact]
    public void A_speaker_saying_drone_attacks_violated_sovereignty_accuses_the_side_flying_them()
    {
        var result = Run("TANK (Timeline Wire) - Imran Khan led a march against American drone strikes on Sunday.\n\n"
            + "Addressing the crowd, Khan said drone attacks violated Pakistan's sovereignty.", new LocalDate(2012, 10, 8));
        var charge = Single(result, "ACCUSE");
        Assert.Equal(("PAK", "USA", new LocalDate(2012, 10, 7)), (ActorCodes.Side(Source(charge)), ActorCodes.Side(Targets(charge).Single()), charge.Date.Start!.Value));
        Assert.Equal("PROTEST", Single(result, "PROTEST").Plover);
    }

    [Fact]
    public void Two_speakers_of_one_side_making_the_same_demand_are_two_events()
    {
        var result = Run("TANK (Timeline Wire) - Imran Khan on Sunday demanded that Washington stop American drone strikes.\n\n"
            + "Earlier this year a parliamentary committee demanded an immediate end to the strikes.", new LocalDate(2012, 10, 8));
        Assert.Equal(2, result.Events.Count(e => e.Plover == "DEMAND"));
    }

    [Fact]
    public void A_road_blocked_at_home_with_no_other_party_is_no_blockade()
    {
        var result = Run("TANK (Timeline Wire) - The marchers stopped near Kotkai after the authorities blocked the road into the tribal agency.", new LocalDate(2012, 10, 8));
        Assert.DoesNotContain(result.Events, e => e.Plover == "COERCE");
    }

    [Fact]
    public void A_name_inside_a_town_s_name_is_no_person()
    {
        var result = Run("PESHAWAR (Timeline Wire) - The convoy spent the night in Dera Ismail Khan and met U.S. officials on Sunday.", new LocalDate(2012, 10, 8));
        Assert.DoesNotContain(result.Events, e => e.Actors.Any(a => a.Code.StartsWith("AFG", StringComparison.Ordinal)));
    }

    [Fact]
    public void They_who_discussed_after_a_meeting_are_its_two_parties_and_praise_there_goes_to_the_other()
    {
        var result = Run("WASHINGTON, March 27 (Timeline Wire) - Obama had a good meeting with Prime Minister Gilani in Seoul on Tuesday.\n\n"
            + "They discussed the parliamentary review, and Obama said that he welcomed the review.", new LocalDate(2012, 3, 27));
        Assert.Single(result.Events, e => e.Plover == "CONSULT");
        Assert.Equal("PAK", ActorCodes.Side(Targets(Single(result, "SUPPORT")).Single()));
    }

    [Fact]
    public void Agreeing_to_stay_in_touch_is_part_of_the_call_not_an_agreement()
    {
        var result = Run("WASHINGTON, March 27 (Timeline Wire) - Clinton spoke to Foreign Minister Khar by telephone on Monday, and they agreed to stay in close touch.", new LocalDate(2012, 3, 27));
        Assert.DoesNotContain(result.Events, e => e.Plover == "AGREE");
        Assert.Single(result.Events, e => e.Plover == "CONSULT");
    }

    [Theory]
    [InlineData("The military's spokesman described the raid as \"unprovoked\".", "ACCUSE")]
    [InlineData("Defense Secretary Leon Panetta has said the United States is running out of patience with Pakistan.", "ACCUSE")]
    [InlineData("NATO secretary-general Anders Fogh Rasmussen described the deaths as tragic in a letter to Gilani.", "CONSULT")]
    [InlineData("The government has finally given the green light to NATO trucks.", "CONCEDE")]
    [InlineData("Pakistan threw U.S. personnel out of the Shamsi air base.", "COERCE")]
    [InlineData("U.S. negotiators have spent weeks haggling with Pakistan over the price of each truck.", "CONSULT")]
    public void A_charge_a_contact_a_concession_an_expulsion_and_haggling_in_other_words_are_found(string sentence, string plover)
    {
        var result = Run("ISLAMABAD, July 5 (Timeline Wire) - " + sentence, new LocalDate(2012, 7, 5));
        Assert.Contains(result.Events, e => e.Plover == plover);
    }

    [Fact]
    public void A_speaker_s_second_act_of_another_kind_joined_by_and_is_a_second_event_aimed_where_the_first_was()
    {
        var result = Run("RAWALPINDI, Nov 26 (Timeline Wire) - NATO helicopters attacked two Pakistani border posts on Saturday.\n\n"
            + "Army chief General Ashfaq Parvez Kayani said the strike was \"blatant and unacceptable\" and directed that all necessary steps be undertaken for an effective response to this irresponsible act.", new LocalDate(2011, 11, 26));
        Assert.Equal("IGOWSTNAT", ActorCodes.Side(Targets(Single(result, "THREATEN")).Single()));
        Assert.Single(result.Events, e => e.Plover == "ACCUSE");
    }

    [Fact]
    public void An_attack_named_by_a_noun_alone_is_by_the_party_the_story_named_with_it()
    {
        var result = Run("WASHINGTON (Timeline Wire) - Two U.S. officers are back in Peshawar, the first since a NATO air strike last November plunged relations into crisis.\n\n"
            + "After the air strike killed 24 Pakistani soldiers on Nov. 26, Pakistan threw U.S. personnel out of the Shamsi air base.", new LocalDate(2012, 5, 30));
        var attack = Single(result, "ASSAULT");
        Assert.Equal(("IGOWSTNAT", new LocalDate(2011, 11, 26)), (ActorCodes.Side(Source(attack)), attack.Date.Start!.Value));
    }

    [Fact]
    public void A_restriction_told_without_its_doer_is_by_the_side_that_restricted_before()
    {
        var result = Run("WASHINGTON (Timeline Wire) - Pakistan ordered U.S. trainers out of the country.\n\nVisas for U.S. intelligence staff were also held up.", new LocalDate(2012, 5, 30));
        Assert.All(result.Events.Where(e => e.Plover == "COERCE"), e => Assert.Equal("PAK", ActorCodes.Side(Source(e))));
        Assert.Contains(result.Events, e => e.Plover == "COERCE" && e.Evidence.Sentence.StartsWith("Visas", StringComparison.Ordinal));
    }

    [Fact]
    public void A_commentary_on_a_closure_is_no_closure()
    {
        var result = Run("NEW YORK (Timeline Wire) - Analysts said the closing of the supply routes would not cripple the war effort.", new LocalDate(2011, 12, 1));
        Assert.DoesNotContain(result.Events, e => e.Plover == "COERCE");
    }

    [Fact]
    public void An_offer_and_a_departure_with_no_side_named_go_to_the_other_side_of_the_talks()
    {
        var result = Run("WASHINGTON (Timeline Wire) - U.S. negotiators held talks with Pakistan over the fee on Monday. Washington has offered about $250.\n\n"
            + "On Tuesday, the U.S. team packed up and flew home.", new LocalDate(2012, 5, 30));
        Assert.Equal("PAK", ActorCodes.Side(Targets(Single(result, "AGREE")).Single()));
        Assert.Equal("PAK", ActorCodes.Side(Targets(Single(result, "RETREAT")).Single()));
    }

    [Fact]
    public void Acts_hours_before_a_dated_act_are_of_its_day()
    {
        var result = Run("ISLAMABAD (Timeline Wire) - The Defence Committee of the Cabinet approved the reopening of the supply routes on Tuesday evening, hours after Clinton telephoned Khar.", new LocalDate(2012, 7, 5));
        Assert.Equal(new LocalDate(2012, 7, 3), Single(result, "CONSULT").Date.Start);
    }

    [Fact]
    public void Protesters_in_a_city_named_before_the_verb_are_its_country_s()
    {
        var result = Run("Pakistan's anger grows\n\nIn Karachi, several thousand protesters marched to the US consulate on Sunday evening.", new LocalDate(2011, 11, 28));
        var protest = Single(result, "PROTEST");
        Assert.Equal(("PAK", "USA"), (ActorCodes.Side(Source(protest)), ActorCodes.Side(Targets(protest).Single())));
    }

    [Fact]
    public void A_date_opening_the_sentence_dates_its_main_clause_after_an_aside()
    {
        var result = Run("ISLAMABAD, Nov 28 (Timeline Wire) - In September the then chairman of the US joint chiefs of staff, Admiral Mike Mullen, accused Pakistan's intelligence agency of supporting the attack on the US embassy in Kabul.", new LocalDate(2011, 11, 28));
        Assert.Equal(new LocalDate(2011, 9, 1), Single(result, "ACCUSE").Date.Start);
    }

    [Fact]
    public void A_call_told_before_an_apology_is_a_contact_of_its_own()
    {
        var result = Run("ISLAMABAD, July 4 (Timeline Wire) - Clinton said in a statement that she had telephoned Pakistani Foreign Minister Hina Rabbani Khar and that \"we are sorry for the losses suffered by the Pakistani military.\"", new LocalDate(2012, 7, 4));
        Assert.Contains(result.Events, e => e.Plover == "SUPPORT");
        Assert.Contains(result.Events, e => e.Plover == "CONSULT");
    }

    [Fact]
    public void Leaving_without_a_meeting_is_no_meeting()
    {
        var result = Run("CHICAGO, May 21 (Timeline Wire) - Zardari left the summit on Monday without the meeting with President Barack Obama that Islamabad had hoped for.", new LocalDate(2012, 5, 21));
        Assert.DoesNotContain(result.Events, e => e.Plover == "CONSULT");
    }

    [Fact]
    public void A_clause_with_a_subject_of_its_own_does_not_borrow_the_last_one()
    {
        var result = Run("ISLAMABAD, July 4 (Timeline Wire) - The Pakistani Taliban threatened on Wednesday to attack NATO trucks, and the leaders of a coalition of religious parties announced protests across the country.", new LocalDate(2012, 7, 4));
        Assert.DoesNotContain(result.Events, e => e.Plover == "PROTEST");
        Assert.Contains(result.Events, e => e.Plover == "THREATEN");
    }

    [Fact]
    public void Aircraft_a_speaker_does_not_name_are_the_attack_told_before_told_again()
    {
        var result = Run("Pakistan buries its dead\n\nMourners gathered on Sunday for the 24 soldiers killed when Nato aircraft attacked two army posts.\n\n"
            + "Pakistan's military says the helicopters kept firing for nearly two hours.", new LocalDate(2011, 11, 28));
        var attack = Single(result, "ASSAULT");
        Assert.Equal("IGOWSTNAT", ActorCodes.Side(Source(attack)));
        Assert.NotNull(attack.Retold);
    }

    [Fact]
    public void A_release_told_in_the_passive_is_by_the_side_that_held_him()
    {
        var result = Run("ISLAMABAD, Dec 30 (Timeline Wire) - Pakistan held him for seven weeks before he was freed on March 16, after the families accepted compensation.", new LocalDate(2011, 12, 30));
        var release = Single(result, "RETREAT");
        Assert.Equal("PAK", ActorCodes.Side(Source(release)));
        Assert.Equal(new LocalDate(2011, 3, 16), release.Date.Start);
    }

    [Fact]
    public void A_day_after_an_act_recalled_at_the_opening_counts_from_the_last_day_the_story_gave()
    {
        var result = Run("ISLAMABAD, Dec 30 (Timeline Wire) - A court freed the contractor on March 16.\n\n"
            + "A day after he walked free, missiles fired from a U.S. drone hit a tribal gathering in North Waziristan, killing about 40 people.", new LocalDate(2011, 12, 30));
        var strike = Single(result, "ASSAULT");
        Assert.Equal(new LocalDate(2011, 3, 17), strike.Date.Start);
        Assert.Equal(DateBasis.Relation, strike.Date.Basis);
    }

    [Fact]
    public void An_act_within_hours_is_on_the_day_of_the_act_told_before()
    {
        var result = Run("ISLAMABAD, Dec 30 (Timeline Wire) - Before dawn on November 26, NATO helicopters attacked two Pakistani army posts, killing 24 soldiers.\n\n"
            + "Pakistan shut the NATO supply routes within hours.", new LocalDate(2011, 12, 30));
        Assert.Equal(new LocalDate(2011, 11, 26), Single(result, "COERCE").Date.Start);
    }

    [Fact]
    public void The_speaker_named_before_told_accuses_the_party_said_to_act_as_an_arm_of_another()
    {
        var result = Run("ISLAMABAD, Dec 30 (Timeline Wire) - In September, Admiral Mike Mullen, the outgoing chairman of the Joint Chiefs of Staff, told a Senate hearing that the Haqqani network acted as \"a veritable arm\" of Pakistan's Inter-Services Intelligence agency.", new LocalDate(2011, 12, 30));
        var charge = Single(result, "ACCUSE");
        Assert.Equal("USA", ActorCodes.Side(Source(charge)));
        Assert.Contains("PAK", Targets(charge).Select(ActorCodes.Side));
    }

    [Fact]
    public void Talks_told_by_a_noun_in_the_sentence_of_a_visit_are_that_visit()
    {
        var result = Run("ISLAMABAD, Dec 30 (Timeline Wire) - Secretary of State Hillary Clinton flew to Islamabad in October with the CIA director, David Petraeus, and the new chairman of the Joint Chiefs, General Martin Dempsey, for four hours of talks with Kayani and President Asif Ali Zardari.", new LocalDate(2011, 12, 30));
        Single(result, "CONSULT");
    }

    [Fact]
    public void Calling_for_air_support_is_no_demand()
    {
        var result = Run("KABUL, Nov 28 (Timeline Wire) - A senior Afghan defence official said the commandos had called for air support after they were fired on near the border.", new LocalDate(2011, 11, 28));
        Assert.DoesNotContain(result.Events, e => e.Plover == "DEMAND");
    }

    [Fact]
    public void The_country_opening_a_clause_of_a_datelined_story_is_the_dateline_s_country()
    {
        var result = Run("ISLAMABAD, April 12 (Timeline Wire) - The country has kept the Nato supply lines to Afghanistan closed since the attack in November.", new LocalDate(2012, 4, 13));
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "COERCE"))));
    }

    [Fact]
    public void Coalition_aircraft_in_lower_case_are_the_coalition_s()
    {
        var result = Run("KABUL, Nov 28 (Timeline Wire) - Afghan officials said the patrol had come under fire before coalition aircraft struck two Pakistani posts.", new LocalDate(2011, 11, 28));
        Assert.Equal("IGOWSTNAT", ActorCodes.Side(Source(Single(result, "ASSAULT"))));
    }

    [Fact]
    public void A_denial_naming_no_one_answers_the_charge_just_told()
    {
        var result = Run("KABUL, Nov 28 (Timeline Wire) - Afghan officials said on Monday that a joint patrol had come under fire from the Pakistani side of the border.\n\n"
            + "Pakistan's army spokesman denied that any fire had come from the posts.", new LocalDate(2011, 11, 28));
        Assert.Equal(["AFG"], Targets(Single(result, "REJECT")).Select(ActorCodes.Side).Distinct());
    }

    [Fact]
    public void Cutting_the_supply_lines_is_a_closure()
    {
        var result = Run("ISLAMABAD, Nov 27 (Timeline Wire) - Pakistan cut the supply lines that carry fuel to Western troops in Afghanistan on Saturday.", new LocalDate(2011, 11, 27));
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "COERCE"))));
    }

    [Fact]
    public void The_committee_in_a_datelined_story_is_the_dateline_s_government()
    {
        var result = Run("ISLAMABAD, Nov 27 (Timeline Wire) - The committee gave the United States 15 days to leave the Shamsi air base.", new LocalDate(2011, 11, 27));
        var coerce = Single(result, "COERCE");
        Assert.Equal("PAK", ActorCodes.Side(Source(coerce)));
        Assert.Contains("USA", Targets(coerce));
    }

    [Fact]
    public void A_reopening_told_only_to_measure_time_is_no_event()
    {
        var result = Run("ISLAMABAD, July 7 (Timeline Wire) - A US drone strike killed 12 men in North Waziristan on Friday, the first such attack since Pakistan reopened the NATO supply routes.", new LocalDate(2012, 7, 7));
        Assert.DoesNotContain(result.Events, e => e.Plover == "CONCEDE");
        Assert.Single(result.Events, e => e.Plover == "ASSAULT");
    }

    [Fact]
    public void A_demand_with_its_month_between_noun_and_object_is_a_demand()
    {
        var result = Run("ISLAMABAD, July 7 (Timeline Wire) - Drone flights went on despite parliament's demand in April for an end to the strikes.", new LocalDate(2012, 7, 7));
        var demand = Single(result, "DEMAND");
        Assert.Equal(new LocalDate(2012, 4, 1), demand.Date.Start);
    }

    [Fact]
    public void An_attack_named_as_the_object_of_a_protest_is_an_attack_of_its_own()
    {
        var result = Run("ISLAMABAD, Nov 27 (Timeline Wire) - Pakistan called in the U.S. ambassador on Saturday to lodge a protest over a NATO border attack that killed 24 of its soldiers, and cut the supply lines to Afghanistan.", new LocalDate(2011, 11, 27));
        var attack = Single(result, "ASSAULT");
        Assert.Equal("IGOWSTNAT", ActorCodes.Side(Source(attack)));
        Assert.True(attack.Date.End <= new LocalDate(2011, 11, 26), $"the attack came before the protest, got {attack.Date.End}");
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "COERCE")))); // the attacker does not carry on into "and cut"
    }

    [Fact]
    public void An_apology_for_an_attack_told_in_its_own_clause_is_to_the_victims()
    {
        var result = Run("ISLAMABAD, Oct 7 (Timeline Wire) - The United States on Wednesday apologised for a NATO helicopter attack that killed two Pakistani soldiers last week.", new LocalDate(2010, 10, 7));
        Assert.Contains("PAK", Targets(Single(result, "SUPPORT")).Select(ActorCodes.Side));
        Assert.Single(result.Events, e => e.Plover == "ASSAULT");
    }

    [Fact]
    public void A_strike_condemned_is_both_a_condemnation_and_a_strike()
    {
        var result = Run("ISLAMABAD, July 6 (Timeline Wire) - The Foreign Office on Friday condemned a US drone strike in North Waziristan that killed 15 people.", new LocalDate(2012, 7, 7));
        Assert.Contains("USA", Targets(Single(result, "ACCUSE")).Select(ActorCodes.Side));
        Assert.Equal("USA", ActorCodes.Side(Source(Single(result, "ASSAULT"))));
    }

    [Fact]
    public void A_worst_since_comparison_does_not_date_the_attack()
    {
        var result = Run("ISLAMABAD, Nov 27 (Timeline Wire) - Pakistan lodged a protest on Saturday over a NATO raid that killed 24 soldiers.\n\n"
            + "The raid is the worst incident of its kind since Pakistan joined the campaign against militants after the September 11, 2001 attacks.", new LocalDate(2011, 11, 27));
        Assert.DoesNotContain(result.Events, e => e.Date.Start?.Year == 2001);
    }

    [Fact]
    public void A_visit_at_home_is_no_contact_between_states()
    {
        var result = Run("ISLAMABAD, Nov 27 (Timeline Wire) - Prime Minister Yusuf Raza Gilani cut short a visit to Multan on Saturday.", new LocalDate(2011, 11, 27));
        Assert.DoesNotContain(result.Events, e => e.Plover == "CONSULT");
    }

    [Fact]
    public void Trucks_stopped_at_the_border_are_a_restriction_by_the_country_that_stopped_them()
    {
        var result = Run("ISLAMABAD, Nov 27 (Timeline Wire) - At Torkham, customs officials stopped about 40 tankers bound for Afghanistan on Saturday.", new LocalDate(2011, 11, 27));
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "COERCE"))));
    }

    [Fact]
    public void Trucks_said_to_be_turned_back_are_stopped_by_the_country_of_the_story()
    {
        var result = Run("ISLAMABAD, Nov 27 (Timeline Wire) - At Chaman, customs officials said more than 60 trucks had been turned back by noon.", new LocalDate(2011, 11, 27));
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "COERCE"))));
    }

    [Fact]
    public void A_quoted_charge_of_violated_sovereignty_is_aimed_at_the_attacker_told_before()
    {
        var result = Run("ISLAMABAD, July 6 (Timeline Wire) - A US drone strike killed 15 people in North Waziristan on Friday.\n\n"
            + "\"These strikes are a violation of our sovereignty,\" Foreign Office spokesman Ahmed Raza said at his weekly briefing.", new LocalDate(2012, 7, 6));
        var accuse = Single(result, "ACCUSE");
        Assert.Equal("PAK", ActorCodes.Side(Source(accuse)));
        Assert.Contains("USA", Targets(accuse).Select(ActorCodes.Side));
    }

    [Fact]
    public void A_quoted_refusal_to_accept_an_attack_is_no_rejection_and_the_one_told_starts_no_clause()
    {
        var result = Run("ISLAMABAD, Nov 27 (Timeline Wire) - \"We will not accept this,\" Foreign Minister Hina Rabbani Khar told U.S. Secretary of State Hillary Clinton in a telephone call on Saturday.", new LocalDate(2011, 11, 27));
        Assert.DoesNotContain(result.Events, e => e.Plover == "REJECT");
        var call = Single(result, "CONSULT");
        Assert.Equal("PAK", ActorCodes.Side(Source(call)));
        Assert.Contains("USA", Targets(call).Select(ActorCodes.Side));
    }

    [Fact]
    public void Saying_drone_strikes_will_go_on_despite_a_demand_rejects_the_side_that_made_it()
    {
        var result = Run("ISLAMABAD, July 7 (Timeline Wire) - Washington has said it will keep using drones in the tribal areas, despite parliament's demand in April for an end to the strikes.", new LocalDate(2012, 7, 7));
        var reject = Single(result, "REJECT");
        Assert.Equal("USA", ActorCodes.Side(Source(reject)));
        Assert.Contains("PAK", Targets(reject).Select(ActorCodes.Side));
    }

    [Fact]
    public void A_meeting_set_for_next_week_is_planned_and_kept_apart_from_the_contact_already_made()
    {
        var result = Run("ISLAMABAD, July 6 (Timeline Wire) - The spokesman said the government had raised the matter with the US embassy and would raise it again when the two countries' officials meet next week.", new LocalDate(2012, 7, 6));
        var contacts = result.Events.Where(e => e.Plover == "CONSULT").ToList();
        Assert.Equal(2, contacts.Count);
        Assert.Contains(contacts, e => e.Modality == Modality.Planned && e.Date.Start > new LocalDate(2012, 7, 6));
        Assert.Contains(contacts, e => e.Modality == Modality.Actual && e.Date.End <= new LocalDate(2012, 7, 6));
    }

    [Fact]
    public void What_a_summoned_envoy_was_told_is_the_summons_told_again()
    {
        var result = Run("ISLAMABAD, June 5 (Timeline Wire) - Pakistan on Tuesday summoned a senior U.S. diplomat to the Foreign Office and lodged a strong protest over drone attacks.\n\n"
            + "The statement said the U.S. charge d'affaires, Richard Olson, was told that the drone strikes were illegal and a violation of Pakistan's sovereignty.", new LocalDate(2012, 6, 5));
        var protest = Single(result, "ACCUSE");
        Assert.Equal("PAK", ActorCodes.Side(Source(protest)));
        Assert.Contains("USA", Targets(protest).Select(ActorCodes.Side));
    }

    [Fact]
    public void Saying_one_has_not_come_to_apologise_is_a_refusal_owed_to_the_ground_of_the_raid()
    {
        var result = Run("ISLAMABAD, May 16: US Senator John Kerry held talks with Pakistan's leaders on Monday, two weeks after US commandos killed Osama bin Laden in Abbottabad.\n\n"
            + "Kerry told reporters that he had not come to apologise for the raid.", new LocalDate(2011, 5, 17));
        var refusal = Single(result, "REJECT");
        Assert.Equal("USA", ActorCodes.Side(Source(refusal)));
        Assert.Contains("PAK", Targets(refusal).Select(ActorCodes.Side));
    }

    [Fact]
    public void Allegations_called_without_substance_are_the_charges_rejected_before()
    {
        var result = Run("ISLAMABAD, Sept 29 (Timeline Wire) - Pakistan's leaders on Thursday rejected U.S. accusations that the spy agency backs militants.\n\n"
            + "A conference called by Prime Minister Yousuf Raza Gilani passed a resolution saying the allegations were \"without substance\".", new LocalDate(2011, 9, 29));
        Assert.All(result.Events.Where(e => e.Plover == "REJECT"), e => Assert.Contains("USA", Targets(e).Select(ActorCodes.Side)));
        Assert.Contains(result.Events, e => e.Plover == "REJECT" && (e.Evidence.Sentence.Contains("without substance") || (e.Retold ?? []).Any(r => r.Sentence.Contains("without substance"))));
    }

    [Fact]
    public void Being_ready_to_respond_to_unilateral_action_is_a_threat()
    {
        var result = Run("ISLAMABAD, Sept 29 (Timeline Wire) - Army chief General Ashfaq Parvez Kayani said the army was ready to respond to any unilateral U.S. action on Pakistani soil.", new LocalDate(2011, 9, 29));
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "THREATEN"))));
        Assert.DoesNotContain(result.Events, e => e.Plover == "AGREE");
    }

    [Fact]
    public void Acting_as_a_quoted_arm_of_the_spy_agency_is_a_charge()
    {
        var result = Run("WASHINGTON, Sept 23 (Timeline Wire) - Admiral Mike Mullen told a Senate hearing on Thursday that the Haqqani network acts as a \"veritable arm\" of Pakistan's Inter-Services Intelligence agency.", new LocalDate(2011, 9, 23));
        var charge = Single(result, "ACCUSE");
        Assert.Equal("USA", ActorCodes.Side(Source(charge)));
        Assert.Contains("PAK", Targets(charge).Select(ActorCodes.Side));
    }

    [Fact]
    public void Wreckage_a_team_left_behind_is_no_withdrawal()
    {
        var result = Run("ISLAMABAD, May 16: Pakistan had agreed to return the tail of a helicopter that the American team left behind at the compound.", new LocalDate(2011, 5, 17));
        Assert.DoesNotContain(result.Events, e => e.Plover == "RETREAT");
    }

    [Fact]
    public void A_titled_name_after_a_comma_gives_its_surname_to_the_side()
    {
        var result = Run("WASHINGTON (Timeline Wire) - Pakistan's intelligence chief, Lieutenant General Zaheer ul-Islam, arrived for talks on Wednesday.\n\n"
            + "Islam also met officials at the State Department on Thursday.", new LocalDate(2012, 8, 3));
        var meeting = Single(result, "CONSULT");
        Assert.Equal("PAK", ActorCodes.Side(Source(meeting)));
        Assert.Contains("USA", Targets(meeting).Select(ActorCodes.Side));
    }

    [Fact]
    public void A_closure_in_protest_at_a_strike_is_aimed_at_the_striker_and_the_strike_comes_before_it()
    {
        var result = Run("WASHINGTON (Timeline Wire) - Islamabad shut the routes in November in protest at a NATO air strike that killed 24 Pakistani soldiers.", new LocalDate(2012, 8, 3));
        Assert.Contains("IGOWSTNAT", Targets(Single(result, "COERCE")).Select(ActorCodes.Side));
        var strike = Single(result, "ASSAULT");
        Assert.Equal(new LocalDate(2011, 11, 1), strike.Date.Start);
        Assert.Equal(new LocalDate(2011, 11, 30), strike.Date.End);
    }

    [Fact]
    public void A_date_on_the_telling_dates_the_speaker_s_next_act_joined_by_and()
    {
        var result = Run("ISLAMABAD, May 16: Mr Gilani told parliament last week that the ISI had not known of bin Laden's presence, and rejected charges of complicity or incompetence.", new LocalDate(2011, 5, 17));
        var refusal = Single(result, "REJECT");
        Assert.Equal(new LocalDate(2011, 5, 9), refusal.Date.Start);
        Assert.Equal(new LocalDate(2011, 5, 15), refusal.Date.End);
    }

    [Fact]
    public void Pressing_the_general_presses_the_side_of_the_general_the_story_named()
    {
        var result = Run("WASHINGTON (Timeline Wire) - Pakistan's intelligence chief, Lieutenant General Zaheer ul-Islam, held talks with CIA Director David Petraeus on Thursday.\n\n"
            + "U.S. officials said Petraeus pressed the general to act against the Haqqani network.", new LocalDate(2012, 8, 3));
        var demand = Single(result, "DEMAND");
        Assert.Equal("USA", ActorCodes.Side(Source(demand)));
        Assert.Equal(["PAK"], Targets(demand).Select(ActorCodes.Side).Distinct());
    }

    [Fact]
    public void Saying_a_killing_was_plotted_in_a_city_of_another_country_accuses_that_country()
    {
        var result = Run("KABUL, Oct 1 (Timeline Wire) - Afghanistan's government said on Saturday that the plan to kill a peace envoy had been hatched in the Pakistani city of Quetta.", new LocalDate(2011, 10, 1));
        var charge = Single(result, "ACCUSE");
        Assert.Equal("AFG", ActorCodes.Side(Source(charge)));
        Assert.Contains("PAK", Targets(charge).Select(ActorCodes.Side));
    }

    [Fact]
    public void Saying_the_drone_campaign_will_go_on_is_a_refusal()
    {
        var result = Run("ISLAMABAD, March 20 (Timeline Wire) - U.S. officials have said the drone campaign will go on.", new LocalDate(2012, 3, 20));
        Assert.Equal("USA", ActorCodes.Side(Source(Single(result, "REJECT"))));
    }

    [Fact]
    public void What_she_called_illegal_in_a_which_clause_is_a_charge_by_the_clause_before_s_subject()
    {
        var result = Run("WASHINGTON, Sept 21 (Timeline Wire) - Khar urged Washington to end drone strikes in the tribal areas, which she called illegal and counterproductive.", new LocalDate(2012, 9, 21));
        var charge = Single(result, "ACCUSE");
        Assert.Equal("PAK", ActorCodes.Side(Source(charge)));
        Assert.Contains("USA", Targets(charge).Select(ActorCodes.Side));
    }

    [Fact]
    public void Saying_one_will_keep_working_with_the_other_side_is_cooperation()
    {
        var result = Run("WASHINGTON, Sept 21 (Timeline Wire) - Clinton said the United States would keep working with Pakistan against militants.", new LocalDate(2012, 9, 21));
        var work = Single(result, "COOPERATE");
        Assert.Equal("USA", ActorCodes.Side(Source(work)));
        Assert.Contains("PAK", Targets(work).Select(ActorCodes.Side));
    }

    [Fact]
    public void Tear_gas_fired_at_a_crowd_is_no_attack()
    {
        var result = Run("ISLAMABAD, Sept 21 (Timeline Wire) - Police fired tear gas at protesters outside the U.S. consulate in Karachi on Friday.", new LocalDate(2012, 9, 21));
        Assert.DoesNotContain(result.Events, e => e.Plover == "ASSAULT");
    }

    [Fact]
    public void Protesters_who_tried_to_march_on_a_consulate_protested()
    {
        var result = Run("WASHINGTON, Sept 21 (Timeline Wire) - In Karachi, police stopped thousands of protesters who tried to march on the U.S. consulate on Friday.", new LocalDate(2012, 9, 21));
        var protest = Single(result, "PROTEST");
        Assert.Equal("PAK", ActorCodes.Side(Source(protest)));
        Assert.Contains("USA", Targets(protest).Select(ActorCodes.Side));
    }

    [Fact]
    public void Still_expecting_an_apology_is_a_demand()
    {
        var result = Run("ISLAMABAD, April 27 (Timeline Wire) - Khar told the envoy that Pakistan still expected an unconditional apology for the November air strike.", new LocalDate(2012, 4, 27));
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "DEMAND"))));
    }

    [Fact]
    public void A_meeting_of_a_list_of_titled_leaders_is_led_by_the_first_named()
    {
        var result = Run("ISLAMABAD, Feb 17 (Timeline Wire) - Afghan President Hamid Karzai, President Asif Ali Zardari and Iran's President Mahmoud Ahmadinejad met in Islamabad on Thursday.", new LocalDate(2012, 2, 17));
        var meeting = Single(result, "CONSULT");
        Assert.Equal("AFG", ActorCodes.Side(Source(meeting)));
        Assert.Equal(["IRN", "PAK"], Targets(meeting).Select(ActorCodes.Side).Distinct().Order());
    }

    [Fact]
    public void A_place_before_a_comma_is_no_party_to_the_meeting_after_it()
    {
        var result = Run("ISLAMABAD, Feb 17 (Timeline Wire) - In Kabul, Pakistani officials met Afghan ministers on Friday.", new LocalDate(2012, 2, 17));
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "CONSULT"))));
    }

    [Fact]
    public void Brushing_aside_a_warning_is_a_rejection_of_the_side_that_gave_it()
    {
        var result = Run("ISLAMABAD, March 1 (Timeline Wire) - Pakistan on Thursday brushed aside a U.S. warning and said it would go ahead with a gas pipeline from Iran.", new LocalDate(2012, 3, 1));
        var rejection = Single(result, "REJECT");
        Assert.Equal("PAK", ActorCodes.Side(Source(rejection)));
        Assert.Contains("USA", Targets(rejection).Select(ActorCodes.Side));
    }

    [Fact]
    public void Officials_in_touch_with_their_counterparts_are_in_contact()
    {
        var result = Run("WASHINGTON, Dec 2 (Timeline Wire) - He said U.S. officials had been in touch with their Pakistani counterparts every day.", new LocalDate(2011, 12, 2));
        Assert.Equal("USA", ActorCodes.Side(Source(Single(result, "CONSULT"))));
    }

    [Fact]
    public void A_speaker_who_says_a_party_s_strikes_raise_questions_accuses_that_party()
    {
        var result = Run("ISLAMABAD, June 8 (Timeline Wire) - The United Nations human rights chief, Navi Pillay, said on Thursday that U.S. drone strikes in Pakistan's tribal areas raised serious questions of compliance with international law.", new LocalDate(2012, 6, 8));
        var charge = Single(result, "ACCUSE");
        Assert.Equal("IGOUNO", Source(charge));
        Assert.Contains("USA", Targets(charge).Select(ActorCodes.Side));
    }

    [Fact]
    public void A_person_the_article_introduces_by_title_keeps_that_side_over_a_namesake_in_the_dictionary()
    {
        var result = Run("ISLAMABAD, June 8 (Timeline Wire) - The United Nations human rights chief, Navi Pillay, said on Thursday that the strikes were illegal.\n\nPillay, who ended a four-day visit to Pakistan, told reporters in Islamabad that the attacks were indiscriminate and that Washington should disclose who was being targeted.", new LocalDate(2012, 6, 8));
        Assert.Equal("IGOUNO", Source(Single(result, "CONSULT")));
        var demand = Single(result, "DEMAND");
        Assert.Equal("IGOUNO", Source(demand));
        Assert.Contains("USA", Targets(demand).Select(ActorCodes.Side));
    }

    [Fact]
    public void Regretting_the_move_is_aimed_at_the_side_that_made_it()
    {
        var result = Run("ISLAMABAD, Dec 2 (Timeline Wire) - Pakistan has withdrawn its liaison officers from the coordination centres it runs with NATO, the army said on Friday.\n\nNATO's commander in Afghanistan, U.S. General John Allen, regretted the move and said coalition forces would keep sharing information with the Pakistani army.", new LocalDate(2011, 12, 2));
        Assert.Contains("PAK", Targets(Single(result, "ACCUSE")).Select(ActorCodes.Side));
        Assert.Contains("PAK", Targets(Single(result, "COOPERATE")).Select(ActorCodes.Side));
    }

    [Fact]
    public void Officers_recalled_were_withdrawn_by_the_side_told_withdrawing_them()
    {
        var result = Run("ISLAMABAD, Dec 2 (Timeline Wire) - Pakistan has withdrawn its liaison officers from the coordination centres it runs with NATO.\n\nThe officers were recalled from the three centres on the Afghan side of the border on Thursday, a military spokesman said.", new LocalDate(2011, 12, 2));
        var withdrawal = Single(result, "RETREAT", e => e.Date.Start == new LocalDate(2011, 12, 1));
        Assert.Equal("PAK", ActorCodes.Side(Source(withdrawal)));
    }

    [Fact]
    public void A_threat_of_what_troops_may_do_is_made_not_hypothetical()
    {
        var result = Run("ISLAMABAD, Dec 2 (Timeline Wire) - The army chief, General Ashfaq Kayani, has told his commanders they may return fire without waiting for permission from headquarters if they are attacked again.", new LocalDate(2011, 12, 2));
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "THREATEN"))));
    }

    [Fact]
    public void Casualties_told_in_the_next_clause_are_the_target_of_the_fire()
    {
        var result = Run("KABUL, July 2 (Timeline Wire) - Afghan officials said Pakistani troops had opened fire first and that two Afghan policemen were wounded.", new LocalDate(2012, 7, 2));
        Assert.Contains("AFG", Targets(Single(result, "ASSAULT")).Select(ActorCodes.Side));
    }

    [Fact]
    public void A_warning_that_a_project_would_violate_sanctions_is_a_threat()
    {
        var result = Run("WASHINGTON, March 1 (Timeline Wire) - Clinton said building the pipeline with Iran would violate U.S. sanctions laws, and warned Pakistan to drop it.", new LocalDate(2012, 3, 1));
        Assert.Contains(result.Events, e => e.Plover == "THREATEN" && ActorCodes.Side(Source(e)) == "USA");
    }

    [Fact]
    public void Discussing_a_project_with_a_leader_when_they_met_is_a_meeting_dated_by_the_when_clause()
    {
        var result = Run("ISLAMABAD, March 1 (Timeline Wire) - President Asif Ali Zardari discussed the project with Iranian President Mahmoud Ahmadinejad when they met in Islamabad last month.", new LocalDate(2012, 3, 1));
        var meeting = Single(result, "CONSULT");
        Assert.Equal("PAK", ActorCodes.Side(Source(meeting)));
        Assert.Equal(new LocalDate(2012, 2, 1), meeting.Date.Start);
        Assert.Equal(new LocalDate(2012, 2, 29), meeting.Date.End);
    }

    [Fact]
    public void Signing_a_named_agreement_is_support_but_denying_any_agreement_is_not()
    {
        var signed = Run("ISLAMABAD, March 1 (Timeline Wire) - Pakistan and Iran signed the pipeline agreement in 2010.", new LocalDate(2012, 3, 1));
        Assert.Equal(new LocalDate(2010, 1, 1), Single(signed, "SUPPORT").Date.Start);
        var denied = Run("ISLAMABAD, June 8 (Timeline Wire) - The Foreign Office denied that Pakistan had signed any new agreement with the United States.", new LocalDate(2012, 6, 8));
        Assert.DoesNotContain(denied.Events, e => e.Plover == "SUPPORT");
    }

    [Fact]
    public void A_second_thing_said_in_a_dated_telling_is_dated_by_the_telling()
    {
        var result = Run("WASHINGTON, March 1 (Timeline Wire) - Clinton told a House panel on Wednesday that the United States had made its opposition clear to Pakistani officials and that building the pipeline would violate sanctions laws.", new LocalDate(2012, 3, 1));
        Assert.Equal(new LocalDate(2012, 2, 29), Single(result, "THREATEN").Date.Start);
    }

    [Fact]
    public void Presenting_credentials_is_a_meeting_of_the_envoy_s_country_not_the_one_he_is_posted_to()
    {
        var result = Run("ISLAMABAD, Dec 1 (Timeline Wire) - The new British high commissioner to Pakistan, Adam Thomson, presented his credentials to President Asif Ali Zardari on Thursday.", new LocalDate(2011, 12, 1));
        var meeting = Single(result, "CONSULT");
        Assert.Equal("GBR", ActorCodes.Side(Source(meeting)));
        Assert.Contains("PAK", Targets(meeting).Select(ActorCodes.Side));
    }

    [Fact]
    public void Calling_off_a_trip_is_a_rejection_and_a_trip_due_ahead_is_a_planned_visit()
    {
        var result = Run("MOSCOW, Sept 28 (Timeline Wire) - President Vladimir Putin has called off a trip to Islamabad planned for next week. Foreign Minister Sergei Lavrov is due to visit Pakistan on Wednesday instead.", new LocalDate(2012, 9, 28));
        Assert.Equal("RUS", ActorCodes.Side(Source(Single(result, "REJECT"))));
        var visit = Single(result, "CONSULT");
        Assert.Equal(new LocalDate(2012, 10, 3), visit.Date.Start);
    }

    [Fact]
    public void An_invitation_to_visit_is_not_a_visit_of_its_own()
    {
        var result = Run("NEW DELHI, April 8 (Timeline Wire) - Singh accepted an invitation from Zardari to visit Pakistan at a convenient date.", new LocalDate(2012, 4, 8));
        Assert.DoesNotContain(result.Events, e => e.Plover == "CONSULT");
    }

    [Fact]
    public void Two_named_leaders_who_discussed_a_matter_held_talks()
    {
        var result = Run("ISLAMABAD, Oct 4 (Timeline Wire) - Army chief General Ashfaq Parvez Kayani and Russian Foreign Minister Sergei Lavrov discussed the situation in Afghanistan, the army said.", new LocalDate(2012, 10, 4));
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "CONSULT"))));
    }

    [Fact]
    public void The_verb_after_a_which_clause_that_follows_a_name_is_the_name_s()
    {
        var result = Run("NEW DELHI, April 3 (Timeline Wire) - India, which holds a Pakistani militant group responsible for the attacks on Mumbai that killed 166 people, praised the American offer.", new LocalDate(2012, 4, 3));
        Assert.Equal("IND", ActorCodes.Side(Source(Single(result, "SUPPORT"))));
    }

    [Fact]
    public void Two_acts_of_one_kind_told_as_gerunds_are_two_events_of_the_first_subject()
    {
        var result = Run("ISLAMABAD, Dec 12 (Timeline Wire) - Pakistan answered the strike by blocking the supply convoys for NATO troops in Afghanistan and ordering the CIA to vacate an air base in Balochistan.", new LocalDate(2011, 12, 12));
        var acts = result.Events.Where(e => e.Plover == "COERCE").ToList();
        Assert.Equal(2, acts.Count);
        Assert.All(acts, a => Assert.Equal("PAK", ActorCodes.Side(Source(a))));
    }

    [Fact]
    public void A_date_in_a_relative_clause_with_its_own_verb_does_not_date_the_act()
    {
        var result = Run("ISLAMABAD, Oct 4 (Timeline Wire) - Lavrov said on Wednesday that Russia was ready to help modernise a dam that Soviet engineers built in the 1960s.", new LocalDate(2012, 10, 4));
        Assert.Equal(new LocalDate(2012, 10, 3), Single(result, "AGREE").Date.Start);
    }

    [Fact]
    public void A_promise_to_mend_the_relationship_itself_is_not_an_agreement()
    {
        var result = Run("ISLAMABAD, Nov 15 (Timeline Wire) - The envoy pledged to repair the relationship between the two countries.", new LocalDate(2012, 11, 15));
        Assert.DoesNotContain(result.Events, e => e.Plover == "AGREE");
    }

    [Fact]
    public void A_closure_for_some_months_that_a_dated_reopening_ended_began_that_long_before()
    {
        var result = Run("ISLAMABAD, Oct 4 (Timeline Wire) - Pakistan shut NATO's supply routes for five months, reopening them in May.", new LocalDate(2012, 10, 4));
        var closure = Single(result, "COERCE");
        Assert.Equal(new LocalDate(2011, 12, 1), closure.Date.Start);
        Assert.Equal(new LocalDate(2012, 5, 1), Single(result, "CONCEDE").Date.Start);
    }

    [Fact]
    public void Letting_an_alliance_ship_supplies_across_one_s_territory_is_cooperation()
    {
        var result = Run("TASHKENT, Feb 10 (Timeline Wire) - Kazakhstan has let NATO send equipment to Afghanistan across its territory since 2010.", new LocalDate(2012, 2, 10));
        Assert.Equal("KAZ", ActorCodes.Side(Source(Single(result, "COOPERATE"))));
    }

    [Fact]
    public void Denying_that_militants_came_from_one_s_country_is_a_rejection()
    {
        var result = Run("KABUL, June 3 (Timeline Wire) - Afghan officials denied that the attackers had come from Afghanistan and accused Pakistani troops of shelling Kunar province.", new LocalDate(2012, 6, 3));
        Assert.Equal("AFG", ActorCodes.Side(Source(Single(result, "REJECT"))));
        Assert.Contains("PAK", Targets(Single(result, "ACCUSE")).Select(ActorCodes.Side));
    }

    [Fact]
    public void Senators_in_a_story_from_washington_are_the_american_legislature()
    {
        var result = Run("WASHINGTON, May 24 (Timeline Wire) - Senators warned that more aid could be withheld if Pakistan kept the supply routes closed.", new LocalDate(2012, 5, 24));
        Assert.Equal("USALEG", Source(Single(result, "THREATEN")));
    }

    [Fact]
    public void Two_restrictions_joined_by_and_each_with_its_object_are_two_events()
    {
        var result = Run("ISLAMABAD, May 25 (Timeline Wire) - The army curbed the travel of American embassy staff and stopped issuing visas to U.S. contractors.", new LocalDate(2011, 5, 25));
        Assert.Equal(2, result.Events.Count(e => e.Plover == "COERCE"));
    }

    [Fact]
    public void Complying_with_a_request_is_a_concession()
    {
        var result = Run("WASHINGTON, May 25 (Timeline Wire) - A Pentagon spokesman said the United States was complying with the request.", new LocalDate(2011, 5, 25));
        Assert.Equal("USA", ActorCodes.Side(Source(Single(result, "CONCEDE"))));
    }

    [Fact]
    public void Granting_most_favoured_nation_status_is_economic_cooperation()
    {
        var result = Run("NEW DELHI, Nov 3 (Timeline Wire) - India extended most-favoured-nation status to Bangladesh on Wednesday.", new LocalDate(2011, 11, 3));
        var grant = Single(result, "COOPERATE");
        Assert.Equal("IND", ActorCodes.Side(Source(grant)));
        Assert.Equal(new LocalDate(2011, 11, 2), grant.Date.Start);
    }

    [Fact]
    public void Working_out_the_details_with_a_counterpart_is_a_contact_and_signing_agreements_is_support()
    {
        var result = Run("BEIJING, June 18 (Timeline Wire) - Pakistan and China signed three agreements on Monday. Officials said Pakistan's planning ministry would work out the details with its Chinese counterpart.", new LocalDate(2012, 6, 18));
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "SUPPORT"))));
        Assert.Contains("CHN", Targets(Single(result, "CONSULT")).Select(ActorCodes.Side));
    }

    [Fact]
    public void Laying_siege_to_an_embassy_is_an_assault()
    {
        var result = Run("KABUL, Sept 14 (Timeline Wire) - Taliban fighters laid siege to the U.S. embassy for 20 hours on Tuesday.", new LocalDate(2011, 9, 14));
        var siege = Single(result, "ASSAULT");
        Assert.Contains("USA", Targets(siege).Select(ActorCodes.Side));
        Assert.Equal(new LocalDate(2011, 9, 13), siege.Date.Start);
    }

    [Fact]
    public void Denying_links_with_a_group_is_a_rejection_and_saying_others_should_do_more_is_a_demand_of_them()
    {
        var result = Run("ISLAMABAD, Sept 19 (Timeline Wire) - U.S. officials have blamed the Haqqani group for the attack.\n\nInterior Minister Rehman Malik denied that Pakistan had any links with the Haqqani group and said U.S. forces in Afghanistan should do more to seal the border.", new LocalDate(2011, 9, 19));
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "REJECT"))));
        var demand = Single(result, "DEMAND");
        Assert.Equal("PAK", ActorCodes.Side(Source(demand)));
        Assert.Contains("USA", Targets(demand).Select(ActorCodes.Side));
    }

    [Fact]
    public void A_threat_about_attacks_from_a_country_s_soil_is_aimed_at_that_country()
    {
        var result = Run("WASHINGTON, Sept 16 (Timeline Wire) - Panetta said the United States would do everything it can to protect its forces from attacks launched from Pakistani territory.", new LocalDate(2011, 9, 16));
        Assert.Contains("PAK", Targets(Single(result, "THREATEN")).Select(ActorCodes.Side));
    }

    [Fact]
    public void The_country_a_summit_is_held_in_is_its_venue_not_a_party()
    {
        var result = Run("ISLAMABAD, Nov 3 (Timeline Wire) - Prime Minister Yousuf Raza Gilani and Indian Prime Minister Manmohan Singh are due to meet at a regional summit in the Maldives next week.", new LocalDate(2011, 11, 3));
        var meeting = Single(result, "CONSULT");
        Assert.DoesNotContain(meeting.Actors, a => a.Code == "MDV");
        Assert.Equal(Contracts.Modality.Planned, meeting.Modality);
    }

    [Fact]
    public void The_move_a_later_plan_is_counted_from_is_the_lead_act_not_history_or_a_reaction()
    {
        var result = Run("ISLAMABAD, Nov 3 (Timeline Wire) - Pakistan's cabinet on Wednesday decided to grant India most-favoured-nation trading status.\n\nIndia welcomed the decision. India granted Pakistan the same status in 1996.\n\nThe move comes a week before Gilani and Indian Prime Minister Manmohan Singh are due to meet at a regional summit.", new LocalDate(2011, 11, 3));
        Assert.Contains(result.Events, e => e.Plover == "CONSULT" && e.Date.Start == new LocalDate(2011, 11, 9));
    }

    [Fact]
    public void A_visit_told_by_a_noun_is_made_by_the_party_after_by_else_by_the_main_subject()
    {
        var byAgent = Run("BEIJING, June 18 (Timeline Wire) - The two countries signed a loan deal during a visit to Beijing by the Pakistani finance minister.", new LocalDate(2012, 6, 18));
        var visit = Single(byAgent, "CONSULT");
        Assert.Equal("PAK", ActorCodes.Side(Source(visit)));
        Assert.Contains("CHN", Targets(visit).Select(ActorCodes.Side));
        var bySubject = Run("KABUL, June 7 (Timeline Wire) - Panetta spoke to reporters during a visit to Kabul.", new LocalDate(2012, 6, 7));
        Assert.Equal("USA", ActorCodes.Side(Source(Single(bySubject, "CONSULT"))));
    }

    [Fact]
    public void A_crowd_that_marched_and_demanded_makes_the_demand_of_the_side_it_marched_on()
    {
        var result = Run("KARACHI, June 17 (Timeline Wire) - About 3,000 people marched to the U.S. consulate in Karachi on Sunday, burning U.S. flags and demanding an end to drone strikes.", new LocalDate(2012, 6, 17));
        var demand = Single(result, "DEMAND");
        Assert.Equal("PAK", ActorCodes.Side(Source(demand)));
        Assert.Contains("USA", Targets(demand).Select(ActorCodes.Side));
    }

    [Fact]
    public void What_protesters_say_they_fear_is_not_the_side_they_protest_against()
    {
        var result = Run("LAHORE, Nov 3 (Timeline Wire) - Farmers protested outside the press club in Lahore, saying cheap Indian vegetables would ruin them.", new LocalDate(2011, 11, 3));
        Assert.DoesNotContain(result.Events, e => e.Plover == "PROTEST");
    }

    [Fact]
    public void Telling_congress_a_country_has_done_little_to_stop_something_accuses_it_and_generic_bombs_that_kill_are_no_attack()
    {
        var result = Run("WASHINGTON, Dec 13 (Timeline Wire) - A Pentagon general told Congress on Wednesday that Pakistan had done little to stop a chemical used in the bombs that kill U.S. troops.", new LocalDate(2012, 12, 13));
        var charge = Single(result, "ACCUSE");
        Assert.Equal("USA", ActorCodes.Side(Source(charge)));
        Assert.Contains("PAK", Targets(charge).Select(ActorCodes.Side));
        Assert.Equal(new LocalDate(2012, 12, 12), charge.Date.Start);
        Assert.DoesNotContain(result.Events, e => e.Plover == "ASSAULT");
    }

    [Fact]
    public void A_date_in_what_a_rejection_says_does_not_date_the_rejection()
    {
        var result = Run("ISLAMABAD, Dec 13 (Timeline Wire) - The United States criticised Pakistan on Wednesday. Pakistan's embassy rejected the criticism, saying it had set up a task force in May.", new LocalDate(2012, 12, 13));
        Assert.NotEqual(new LocalDate(2012, 5, 1), Single(result, "REJECT").Date.Start);
    }

    [Fact]
    public void Agreeing_to_share_information_is_cooperation()
    {
        var result = Run("ISLAMABAD, Dec 13 (Timeline Wire) - U.S. and Pakistani officials met in Islamabad in November and agreed to share information on shipments.", new LocalDate(2012, 12, 13));
        Assert.Contains(result.Events, e => e.Plover == "COOPERATE");
    }

    [Fact]
    public void Goods_seized_suspects_arrested_and_a_ban_at_home_are_no_events_between_states()
    {
        var result = Run("KABUL, Dec 13 (Timeline Wire) - Officials said Pakistani factories made the chemical found in bombs seized in Afghanistan. Karzai banned the chemical in his country in 2010.", new LocalDate(2012, 12, 13));
        Assert.DoesNotContain(result.Events, e => e.Plover == "COERCE");
        var charges = Run("NEW DELHI, July 5 (Timeline Wire) - India said a suspect arrested last month had named Pakistani officials.", new LocalDate(2012, 7, 5));
        Assert.DoesNotContain(charges.Events, e => e.Plover == "COERCE");
    }

    [Fact]
    public void Raising_a_case_with_a_counterpart_is_a_contact()
    {
        var result = Run("NEW DELHI, July 5 (Timeline Wire) - Indian Foreign Secretary Ranjan Mathai said he had raised the arrest of Abu Jundal, also known as Zabiuddin Ansari, with his Pakistani counterpart.", new LocalDate(2012, 7, 5));
        Assert.Contains("PAK", Single(result, "CONSULT").Actors.Select(a => ActorCodes.Side(a.Code)));
    }

    [Fact]
    public void An_agreement_that_came_into_force_is_cooperation_signed_by_its_parties_and_trucks_do_not_visit()
    {
        var result = Run("KABUL, June 12 (Timeline Wire) - A trade agreement between Afghanistan and Pakistan came into force on Sunday.\n\nThe deal, signed in Islamabad last October, lets Pakistani trucks travel to Tajikistan through Afghanistan.", new LocalDate(2011, 6, 12));
        Assert.Equal(new LocalDate(2011, 6, 12), Single(result, "COOPERATE").Date.Start);
        var signed = Single(result, "SUPPORT");
        Assert.Equal(new LocalDate(2010, 10, 1), signed.Date.Start);
        Assert.Equal("AFG", ActorCodes.Side(Source(signed)));
        Assert.DoesNotContain(result.Events, e => e.Plover == "CONSULT");
    }

    [Fact]
    public void Welcoming_the_start_of_an_agreement_praises_its_maker()
    {
        var result = Run("KABUL, June 12 (Timeline Wire) - A trade agreement between Afghanistan and Pakistan came into force on Sunday.\n\nThe U.S. ambassador, Karl Eikenberry, welcomed the start of the agreement.", new LocalDate(2011, 6, 12));
        Assert.Equal("USA", ActorCodes.Side(Source(Single(result, "SUPPORT"))));
    }

    [Fact]
    public void Pounding_posts_is_an_assault_and_unprovoked_fire_a_charge_against_the_attacker_by_the_speaking_official()
    {
        var result = Run("ISLAMABAD, Nov 27 (Timeline Wire) - NATO helicopters pounded two border posts in Mohmand on Saturday.\n\nArmy spokesman Major General Athar Abbas said the posts had come under \"unprovoked\" fire.", new LocalDate(2011, 11, 27));
        Assert.Equal("IGOWSTNAT", ActorCodes.Side(Source(Single(result, "ASSAULT"))));
        var charge = Single(result, "ACCUSE");
        Assert.Equal("PAK", ActorCodes.Side(Source(charge)));
        Assert.Contains("IGOWSTNAT", Targets(charge).Select(ActorCodes.Side));
    }

    [Fact]
    public void Troops_that_responded_with_all_available_weapons_fired_and_students_burning_a_flag_protest()
    {
        var result = Run("ISLAMABAD, Nov 27 (Timeline Wire) - NATO helicopters attacked two border posts on Saturday.\n\nArmy spokesman Major General Athar Abbas said the posts had come under fire and that the troops had responded with all available weapons. Students burned a U.S. flag outside the press club in Peshawar.", new LocalDate(2011, 11, 27));
        Assert.Contains(result.Events, e => e.Plover == "ASSAULT" && ActorCodes.Side(Source(e)) == "PAK");
        Assert.Contains("USA", Targets(Single(result, "PROTEST")).Select(ActorCodes.Side));
    }

    [Fact]
    public void Officers_working_out_of_a_headquarters_since_a_date_cooperate_and_a_mission_wound_down_is_a_retreat()
    {
        var result = Run("PESHAWAR, June 2 (Timeline Wire) - Two American officers have been working out of the Frontier Corps headquarters since mid-May.", new LocalDate(2012, 6, 2));
        var posted = Single(result, "COOPERATE");
        Assert.Equal("USA", ActorCodes.Side(Source(posted)));
        Assert.Equal(Contracts.Modality.Actual, posted.Modality);
        Assert.Equal(new LocalDate(2012, 5, 11), posted.Date.Start);
        var wound = Run("WASHINGTON, June 2 (Timeline Wire) - The U.S. training mission in Pakistan wound down after the border deaths.", new LocalDate(2012, 6, 2));
        Assert.Contains(wound.Events, e => e.Plover == "RETREAT");
    }

    [Fact]
    public void Routes_that_are_still_closed_are_a_closure_of_the_home_side()
    {
        var result = Run("ISLAMABAD, June 2 (Timeline Wire) - The supply routes are still closed.", new LocalDate(2012, 6, 2));
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "COERCE"))));
    }

    [Fact]
    public void Calling_a_demand_price_gouging_is_a_charge_of_its_own_and_a_fee_offered_is_an_offer()
    {
        var result = Run("WASHINGTON, June 13 (Timeline Wire) - Panetta said the United States would not pay what Pakistan asked, calling the figure \"price gouging\". Washington had offered a fee of about $250 per container.", new LocalDate(2012, 6, 13));
        Assert.Contains(result.Events, e => e.Plover == "ACCUSE");
        Assert.Equal("USA", ActorCodes.Side(Source(Single(result, "AGREE"))));
    }

    [Fact]
    public void Negotiators_named_at_length_who_flew_home_retreated_and_talks_that_would_resume_are_a_contact_ahead()
    {
        var result = Run("WASHINGTON, June 13 (Timeline Wire) - A team of U.S. negotiators led by Peter Lavoy, a senior Pentagon official, flew home from Islamabad on Monday. Pakistan's foreign office said the talks with Washington would resume.", new LocalDate(2012, 6, 13));
        Assert.Equal(new LocalDate(2012, 6, 11), Single(result, "RETREAT").Date.Start);
        Assert.Contains(result.Events, e => e.Plover == "CONSULT");
    }

    [Fact]
    public void An_aid_cut_held_out_on_a_condition_is_a_threat_aimed_at_the_party_not_split_at_it()
    {
        var result = Run("WASHINGTON, June 13 (Timeline Wire) - Senator Carl Levin said Congress should consider cutting military aid to Pakistan if the routes stayed closed.", new LocalDate(2012, 6, 13));
        Assert.DoesNotContain(result.Events, e => e.Plover == "SANCTION");
        Assert.Contains("PAK", Targets(Single(result, "THREATEN")).Select(ActorCodes.Side));
    }

    [Fact]
    public void Refusing_a_price_a_party_asked_for_is_aimed_at_that_party()
    {
        var result = Run("WASHINGTON, June 13 (Timeline Wire) - Panetta said the United States would not pay the $5,000 per truck that Pakistan has asked for.", new LocalDate(2012, 6, 13));
        Assert.Contains("PAK", Targets(Single(result, "REJECT")).Select(ActorCodes.Side));
    }

    [Fact]
    public void A_quote_an_unnamed_home_institution_speaks_is_owned_and_a_story_without_dateline_is_set_where_its_towns_are()
    {
        var text = "Pakistan shuts supply routes\n\nPakistan halted NATO supplies at Torkham and Chaman after the raid on Salala in Mohmand. The United States and Afghanistan said little; the United States sent condolences.\n\n"
            + "\"The NATO helicopters carried out an unprovoked attack,\" the military's media wing said in a statement, adding that the troops had \"responded promptly\" with the weapons they had.";
        var result = Run(text, new LocalDate(2011, 11, 26));
        Assert.Contains(result.Events, e => e.Plover == "ASSAULT" && Source(e) == "IGOWSTNAT");
    }

    [Fact]
    public void Checkposts_at_a_place_are_that_country_s_and_a_country_named_to_place_a_district_is_no_target()
    {
        var result = Run("ISLAMABAD, July 6 (Timeline Wire) - The routes had been shut since November 26, when NATO aircraft attacked the Salala checkposts in Mohmand Agency.", new LocalDate(2012, 7, 6));
        Assert.Contains("PAK", Targets(Single(result, "ASSAULT")).Select(ActorCodes.Side));
        var bordering = Run("ISLAMABAD, Nov 26 (Timeline Wire) - NATO helicopters targeted posts in the Salala area of Mohmand, a tribal district bordering Afghanistan's Kunar province.", new LocalDate(2011, 11, 26));
        Assert.Equal(["PAK"], Targets(Single(bordering, "ASSAULT")).Select(ActorCodes.Side));
    }

    [Fact]
    public void Contacting_counterparts_is_a_contact_and_refusing_to_join_an_inquiry_is_a_rejection()
    {
        var result = Run("RAWALPINDI, Nov 28 (Timeline Wire) - Pakistani officers contacted their NATO counterparts within minutes. The DGMO said the army would not join the investigation ordered by the United States Central Command.", new LocalDate(2011, 11, 28));
        Assert.Equal("IGOWSTNAT", ActorCodes.Side(Targets(Single(result, "CONSULT")).First()));
        var refusal = Single(result, "REJECT");
        Assert.Equal("PAK", ActorCodes.Side(Source(refusal)));
        Assert.Contains("USA", Targets(refusal).Select(ActorCodes.Side));
    }

    [Fact]
    public void A_crossing_expected_to_reopen_is_a_planned_concession_and_reimbursing_money_is_aid()
    {
        var result = Run("ISLAMABAD, July 6 (Timeline Wire) - Torkham, the busier of the two crossings, is expected to reopen next week. The United States is expected to reimburse about $1.1 billion owed to Pakistan's army.", new LocalDate(2012, 7, 6));
        Assert.Equal(Contracts.Modality.Planned, Single(result, "CONCEDE").Modality);
        Assert.Equal("USA", ActorCodes.Side(Source(Single(result, "AID"))));
    }

    [Fact]
    public void A_phone_call_to_reporters_is_no_contact_but_a_call_to_a_minister_is()
    {
        Assert.DoesNotContain(Run("KABUL, July 6 (Timeline Wire) - A Taliban spokesman said in a telephone call to reporters that NATO convoys would be attacked.", new LocalDate(2012, 7, 6)).Events, e => e.Plover == "CONSULT");
        Assert.Contains(Run("KABUL, July 6 (Timeline Wire) - Karzai spoke to Gilani in a telephone call on Friday.", new LocalDate(2012, 7, 6)).Events, e => e.Plover == "CONSULT");
    }

    [Fact]
    public void An_explainer_s_question_tells_nothing_and_what_a_condition_waits_for_has_not_happened()
    {
        var result = Run("Q&A: the supply routes\n\nWhy did Pakistan close the routes?\n\nWashington has not apologised, something Pakistan's parliament says must happen before the roads reopen.", new LocalDate(2012, 5, 21));
        Assert.DoesNotContain(result.Events, e => e.Plover is "COERCE" or "CONCEDE");
    }

    [Fact]
    public void A_factbox_dated_without_a_place_is_dated_by_its_line_and_present_tense_steps_are_acts()
    {
        var text = "July 4 (Timeline Wire) - Pakistan reopened its roads to NATO supply convoys on Tuesday.\n\n"
            + "* Dec. 11 - The last U.S. personnel fly out of Shamsi.\n\n"
            + "* July 3 - Secretary of State Hillary Clinton tells Foreign Minister Hina Rabbani Khar that the United States is sorry for the losses.";
        var result = Run(text, new LocalDate(2012, 7, 4));
        Assert.Equal(new LocalDate(2012, 7, 3), Single(result, "CONCEDE").Date.Start); // 4 July 2012 was a Wednesday
        Assert.Equal("USA", ActorCodes.Side(Source(Single(result, "RETREAT"))));
        Assert.Equal("USA", ActorCodes.Side(Source(Single(result, "SUPPORT"))));
    }

    [Fact]
    public void Seeking_an_apology_from_a_party_and_setting_out_conditions_are_demands_and_calling_a_figure_unacceptable_rejects_it()
    {
        var result = Run("ISLAMABAD, March 21 (Timeline Wire) - The committee recommends that the government seek an unconditional apology from the United States.", new LocalDate(2012, 3, 21));
        Assert.Contains("USA", Targets(Single(result, "DEMAND")).Select(ActorCodes.Side));
        var conditions = Run("ISLAMABAD, March 21 (Timeline Wire) - A Pakistani parliamentary committee presented its conditions for resetting ties with the United States on Tuesday.", new LocalDate(2012, 3, 21));
        Assert.Contains(conditions.Events, e => e.Plover == "DEMAND");
        var figure = Run("WASHINGTON, May 21 (Timeline Wire) - US officials have called the figure unacceptable.", new LocalDate(2012, 5, 21));
        Assert.Contains(figure.Events, e => e.Plover == "REJECT");
    }

    [Fact]
    public void A_finding_a_party_dismissed_is_its_rejection()
    {
        var result = Run("WASHINGTON, May 21 (Timeline Wire) - The U.S. military's inquiry concluded in December that both sides had made errors, a finding Pakistan's army dismissed.", new LocalDate(2012, 5, 21));
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "REJECT"))));
    }

    [Fact]
    public void A_sentence_opening_with_but_keeps_its_pronoun_s_party_and_a_meeting_not_got_is_a_negated_contact()
    {
        var result = Run("LONDON, May 21 (Timeline Wire) - President Asif Ali Zardari flew to Chicago. But he did not get a meeting with President Barack Obama.", new LocalDate(2012, 5, 21));
        var meeting = Single(result, "CONSULT", e => e.Modality == Contracts.Modality.Negated);
        Assert.Equal("PAK", ActorCodes.Side(Source(meeting)));
        Assert.Contains("USA", Targets(meeting).Select(ActorCodes.Side));
    }

    [Fact]
    public void Attending_a_summit_but_leaving_without_a_deal_is_a_visit_and_a_retreat()
    {
        var result = Run("LONDON, May 22 (Timeline Wire) - President Asif Ali Zardari attended the NATO summit in Chicago but left without a deal on the routes.", new LocalDate(2012, 5, 22));
        Assert.Contains(result.Events, e => e.Plover == "CONSULT");
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "RETREAT"))));
    }

    [Fact]
    public void A_victim_s_quote_calling_an_attack_unprovoked_tells_the_attack_and_charges_its_doer()
    {
        var result = Run("ISLAMABAD, Nov 26 (Timeline Wire) - Pakistan's army spoke of its border posts.\n\n\"The NATO helicopters carried out an unprovoked attack,\" the military's media wing said in a statement.", new LocalDate(2011, 11, 26));
        Assert.Equal("IGOWSTNAT", Source(Single(result, "ASSAULT")));
        var charge = Single(result, "ACCUSE");
        Assert.Equal("PAK", ActorCodes.Side(Source(charge)));
        Assert.Equal(["IGOWSTNAT"], Targets(charge));
    }

    [Fact]
    public void A_condolence_call_is_the_call_and_an_apology_no_one_saw_a_sign_of_is_not_reported()
    {
        var result = Run("WASHINGTON, Dec 5 (Timeline Wire) - President Barack Obama telephoned President Asif Ali Zardari on Sunday to offer his condolences for the 24 soldiers killed in last weekend's NATO air strike. The White House gave no indication that Obama had apologized.", new LocalDate(2011, 12, 5));
        var call = Single(result, "CONSULT");
        Assert.Equal(("USA", new LocalDate(2011, 12, 4)), (ActorCodes.Side(Source(call)), call.Date.Start));
        Assert.DoesNotContain(result.Events, e => e.Plover == "SUPPORT");
    }

    [Fact]
    public void Responding_by_closing_one_thing_and_by_staying_away_from_another_is_two_acts()
    {
        var result = Run("ISLAMABAD, Dec 5 (Timeline Wire) - Pakistan has responded to the strike by closing the border crossings used by NATO and by staying away from Monday's conference on Afghanistan in Bonn, Germany.", new LocalDate(2011, 12, 5));
        Assert.Contains(result.Events, e => e.Plover == "COERCE");
        Assert.Contains(result.Events, e => e.Plover == "SANCTION");
    }

    [Fact]
    public void Two_ministers_holding_a_meeting_are_its_sides_and_a_visit_to_demand_is_a_demand_told_once()
    {
        var result = Run("LONDON, Feb 24 (Timeline Wire) - Hillary Clinton and her Pakistani counterpart, Hina Rabbani Khar, held their first meeting in three months on Thursday. The two ministers had last met in October, when Clinton visited Islamabad to demand tougher action against militants.", new LocalDate(2012, 2, 24));
        var meeting = Single(result, "CONSULT", e => e.Date.Start == new LocalDate(2012, 2, 23));
        Assert.Equal("USA", ActorCodes.Side(Source(meeting)));
        Assert.Contains("PAK", Targets(meeting).Select(ActorCodes.Side));
        Single(result, "CONSULT", e => e.Date.Start == new LocalDate(2011, 10, 1)); // "had last met" and "visited" are one meeting
        Assert.Contains(result.Events, e => e.Plover == "DEMAND" && ActorCodes.Side(Source(e)) == "USA");
    }

    [Fact]
    public void Raising_objections_is_a_charge_and_routes_kept_closed_under_a_possessive_name_are_a_closure()
    {
        var result = Run("LONDON, Feb 24 (Timeline Wire) - Clinton pressed Pakistan to act and raised Washington's objections to a planned gas pipeline from Iran. Pakistan has kept Nato's supply routes to Afghanistan closed since the November strike.", new LocalDate(2012, 2, 24));
        Assert.Contains(result.Events, e => e.Plover == "ACCUSE" && ActorCodes.Side(Source(e)) == "USA");
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "COERCE"))));
    }

    [Fact]
    public void A_call_for_rallies_is_no_demand_avoiding_protests_is_no_protest_and_denying_any_part_is_a_rejection()
    {
        var result = Run("ISLAMABAD, Sept 21 (Timeline Wire) - Religious parties have called for rallies after Friday prayers. The United States closed its consulates and advised American citizens to avoid the protests. Obama said in an advertisement that the United States government had nothing to do with the film.", new LocalDate(2012, 9, 21));
        Assert.DoesNotContain(result.Events, e => e.Plover is "DEMAND" or "PROTEST" or "ACCUSE");
        Assert.Equal("USA", ActorCodes.Side(Source(Single(result, "REJECT"))));
    }

    [Fact]
    public void Saying_a_strike_had_not_been_a_deliberate_attack_is_no_charge()
    {
        var result = Run("WASHINGTON, Dec 5 (Timeline Wire) - Obama told Zardari that the strike had not been a deliberate attack on Pakistan.", new LocalDate(2011, 12, 5));
        Assert.DoesNotContain(result.Events, e => e.Plover == "ACCUSE");
    }

    [Fact]
    public void A_team_of_officers_that_returned_is_the_sending_side_s_and_balking_or_refusing_to_be_gouged_are_refusals()
    {
        var result = Run("WASHINGTON, May 31 (Timeline Wire) - A small team of U.S. military officers has returned to a Pakistani paramilitary base in recent weeks. Pakistani officials have demanded as much as $5,000 for each truck, while U.S. negotiators have balked at anything close to that figure.", new LocalDate(2012, 5, 31));
        var posted = Single(result, "COOPERATE");
        Assert.Equal("USA", ActorCodes.Side(Source(posted)));
        Assert.Contains("PAK", Targets(posted).Select(ActorCodes.Side));
        Assert.Equal("USA", ActorCodes.Side(Source(Single(result, "REJECT"))));
        var gouged = Run("WASHINGTON, May 31 (Timeline Wire) - Panetta said last week that the U.S. wouldn't be \"gouged\" on the price.", new LocalDate(2012, 5, 31));
        Assert.Equal("USA", ActorCodes.Side(Source(Single(gouged, "REJECT"))));
    }

    [Fact]
    public void Not_accepting_a_claim_is_a_rejection_and_routes_through_a_country_that_remained_closed_are_a_closure()
    {
        var result = Run("ISLAMABAD, Jan 23 (Timeline Wire) - The army said it did not accept the US claim that Pakistani troops had opened fire first. Nato supply routes through Pakistan have remained closed since November 26.", new LocalDate(2012, 1, 23));
        Assert.Contains("USA", Targets(Single(result, "REJECT")).Select(ActorCodes.Side));
        Assert.Equal(new LocalDate(2011, 11, 26), Single(result, "COERCE").Date.Start);
    }

    [Fact]
    public void A_base_handed_back_is_a_withdrawal_no_business_as_usual_is_a_threat_and_orders_to_shoot_down_any_aircraft_are_one()
    {
        var result = Run("ISLAMABAD, Dec 12 (Timeline Wire) - The United States has handed Shamsi air base back to Pakistan. Gilani said there could be \"no business as usual\" with Washington. A military official said commanders had been told to shoot down any aircraft that violated Pakistani airspace.", new LocalDate(2011, 12, 12));
        Assert.Equal("USA", ActorCodes.Side(Source(Single(result, "RETREAT"))));
        Assert.Equal(2, result.Events.Count(e => e.Plover == "THREATEN"));
        Assert.DoesNotContain(result.Events, e => e.Plover == "DEMAND");
    }

    [Fact]
    public void A_refusal_told_twice_in_one_sentence_is_one_stance()
    {
        var result = Run("WASHINGTON, June 2 (Timeline Wire) - Washington has refused to pay anything close to that, and Defense Secretary Leon Panetta said last week that the US would not be \"gouged\".", new LocalDate(2012, 6, 2));
        Single(result, "REJECT");
    }

    [Fact]
    public void A_which_clause_reads_its_antecedent_s_last_four_words()
    {
        var result = Run("WASHINGTON, May 31 (Timeline Wire) - The two countries remain at odds over reopening the supply lines to Afghanistan, which Pakistan shut after the November strike.", new LocalDate(2012, 5, 31));
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "COERCE"))));
    }

    [Fact]
    public void A_source_who_asked_not_to_be_named_demands_nothing_and_a_patrol_fired_on_from_across_is_a_charge()
    {
        var result = Run("KABUL, Nov 27 (Timeline Wire) - An Afghan army officer, who asked not to be named, said the commandos were searching for fighters when they were fired upon from the direction of the Pakistani posts.", new LocalDate(2011, 11, 27));
        Assert.DoesNotContain(result.Events, e => e.Plover == "DEMAND");
        Assert.Contains(result.Events, e => e.Plover == "ACCUSE");
    }

    [Fact]
    public void Calling_up_a_minister_is_a_call_offering_help_with_an_inquiry_and_an_incident_being_investigated_are_inquiries()
    {
        var call = Run("ISLAMABAD, Nov 26 (Timeline Wire) - Foreign Minister Hina Rabbani Khar called up US Secretary of State Hillary Clinton on Saturday.", new LocalDate(2011, 11, 26));
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(call, "CONSULT"))));
        var help = Run("KABUL, Nov 27 (Timeline Wire) - Karzai said Afghanistan was ready to help with any investigation. A NATO spokesman said in Kabul that the incident was being investigated.", new LocalDate(2011, 11, 27));
        Assert.Equal(2, help.Events.Count(e => e is { Plover: "ACCUSE", Mode: "investigate" }));
        Assert.DoesNotContain(help.Events, e => e.Plover == "AGREE");
    }

    [Fact]
    public void Skipping_a_conference_is_a_boycott_and_wanting_strikes_ended_is_a_demand()
    {
        var result = Run("ISLAMABAD, July 10 (Timeline Wire) - Pakistan closed the routes, threw the Americans out of Shamsi and skipped the Bonn conference. Pakistan's parliament wants drone strikes ended.", new LocalDate(2012, 7, 10));
        Assert.Contains(result.Events, e => e.Plover == "SANCTION");
        Assert.Contains(result.Events, e => e.Plover == "DEMAND" && ActorCodes.Side(Source(e)) == "PAK");
    }

    [Fact]
    public void Rejecting_an_account_and_saying_posts_were_attacked_without_provocation_are_two_acts()
    {
        var result = Run("ISLAMABAD, Nov 27 (Timeline Wire) - Pakistan has rejected the Afghan account and says its posts were attacked without provocation.", new LocalDate(2011, 11, 27));
        Assert.Contains(result.Events, e => e.Plover == "REJECT");
        Assert.Contains(result.Events, e => e.Plover == "ACCUSE");
    }

    [Fact]
    public void Strikes_a_government_regards_as_a_breach_of_its_sovereignty_are_charged()
    {
        var result = Run("LONDON, Feb 24 (Timeline Wire) - Khar said she had explained Pakistan's concerns about U.S. drone strikes, which her government regards as a breach of its sovereignty.", new LocalDate(2012, 2, 24));
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "ACCUSE"))));
    }

    [Fact]
    public void A_press_release_s_place_and_date_line_is_its_dateline_and_the_foreign_minister_is_the_home_side_s()
    {
        var text = "Record of the weekly press briefing\n\nIslamabad, 1 December 2011\n\n"
            + "The Spokesperson said the Foreign Secretary had called in the US Ambassador on 26 November. She said the Foreign Minister had received a telephone call from the US Secretary of State on Sunday.";
        var result = Run(text, null);
        Assert.Equal(new LocalDate(2011, 12, 1), result.Document.Published);
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "ACCUSE"))));
        Assert.Contains(result.Events, e => e.Plover == "CONSULT" && e.Actors.Any(a => ActorCodes.Side(a.Code) == "PAK"));
    }

    [Fact]
    public void Asked_to_vacate_a_base_is_an_order_thrown_out_trainers_are_expelled_and_settling_on_procedures_is_an_agreement()
    {
        var result = Run("ISLAMABAD, Dec 1 (Timeline Wire) - The army had thrown out more than a hundred American trainers in 2011. Pakistan and the United States had settled on new procedures for border operations. Pakistani negotiators were asking for far more per truck.", new LocalDate(2012, 6, 15));
        Assert.Contains(result.Events, e => e.Plover == "COERCE" && e.Mode == "deport");
        Assert.Contains(result.Events, e => e.Plover == "AGREE");
        Assert.Contains(result.Events, e => e.Plover == "DEMAND");
        var vacate = Run("ISLAMABAD, Dec 1 (Timeline Wire) - The spokesperson said the United States had been asked to vacate the base within 15 days.", new LocalDate(2011, 12, 1));
        Assert.Contains("USA", Targets(Single(vacate, "COERCE")).Select(ActorCodes.Side));
    }

    [Fact]
    public void What_a_party_was_asking_for_as_the_object_of_a_refusal_is_no_demand_of_its_own()
    {
        var result = Run("LONDON, June 2 (Timeline Wire) - Panetta said Washington would not pay the $5,000 a container Pakistan was asking for.", new LocalDate(2012, 6, 2));
        Assert.DoesNotContain(result.Events, e => e.Plover == "DEMAND");
    }

    [Fact]
    public void A_dateline_with_an_administrative_word_is_home_and_a_pronoun_after_a_time_phrase_is_the_last_subject()
    {
        var result = Run("The night\n\nMOHMAND AGENCY — Across the country, crowds burned American flags. The army said little. By the afternoon it had accused NATO of an unprovoked attack.", new LocalDate(2011, 12, 3));
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "PROTEST"))));
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "ACCUSE"))));
    }

    [Fact]
    public void A_sentence_that_only_sets_the_day_dates_the_acts_its_paragraph_tells_next()
    {
        var result = Run("MOHMAND AGENCY — The first shots came a little after midnight last Saturday. Major Mujahid radioed his headquarters to say that NATO helicopters were firing on the ridge.\n\nThe helicopters attacked the posts again.", new LocalDate(2011, 12, 3));
        var attacks = result.Events.Where(e => e.Plover == "ASSAULT").ToList();
        Assert.Equal(new LocalDate(2011, 11, 26), attacks[0].Date.Start);
        var future = Run("ISLAMABAD, Dec 3 (Timeline Wire) — The conference will open on Monday. Pakistan closed the routes.", new LocalDate(2011, 12, 3));
        Assert.Equal(new LocalDate(2011, 12, 3), Single(future, "COERCE").Date.Start);
    }

    [Fact]
    public void A_venue_in_an_editorial_s_headline_is_not_its_home()
    {
        var result = Run("The empty chair in Bonn\n\nThe Germans hosted the Bonn conference. Islamabad held firm and stayed away. Pakistan's generals were angry at Washington.\n\nThe government has already shut the NATO supply routes and told the Americans to vacate Shamsi.", new LocalDate(2011, 12, 6));
        Assert.All(result.Events.Where(e => e.Plover == "COERCE"), e => Assert.NotEqual("DEU", ActorCodes.Side(Source(e))));
    }

    [Fact]
    public void A_departure_from_a_base_is_from_its_country_not_from_an_alliance_named_before()
    {
        var result = Run("ISLAMABAD, Dec 6 (Timeline Wire) — Pakistan has shut the NATO supply routes and told the Americans to vacate Shamsi, and the last US personnel are due to leave the base within days.", new LocalDate(2011, 12, 6));
        Assert.DoesNotContain("IGOWSTNAT", Targets(Single(result, "RETREAT")).Select(ActorCodes.Side));
    }

    [Fact]
    public void A_demonym_before_an_institution_names_whose_it_is()
    {
        var result = Run("WASHINGTON, March 6 (Timeline Wire) — A Pakistani parliamentary committee presented its recommendations for new terms of engagement with Washington.", new LocalDate(2012, 3, 6));
        var demand = Single(result, "DEMAND");
        Assert.Equal("PAK", ActorCodes.Side(Source(demand)));
        Assert.Contains("USA", Targets(demand).Select(ActorCodes.Side));
    }

    [Fact]
    public void Raking_posts_is_an_attack_pleading_by_telephone_a_demand_and_an_empty_seat_a_boycott()
    {
        var raked = Run("ISLAMABAD, Nov 26 (Timeline Wire) — American helicopters raked the two positions on the ridge.", new LocalDate(2011, 11, 26));
        Assert.Equal("USA", ActorCodes.Side(Source(Single(raked, "ASSAULT"))));
        var plead = Run("ISLAMABAD, Dec 6 (Timeline Wire) — Karzai even telephoned Gilani to plead for a change of heart. Pakistan's seat at the Bonn conference stayed empty on Monday.", new LocalDate(2011, 12, 6));
        Assert.Equal("AFG", ActorCodes.Side(Source(Single(plead, "DEMAND"))));
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(plead, "SANCTION"))));
    }

    [Fact]
    public void Stopping_lorries_restricts_calling_a_coordination_centre_is_a_contact_and_a_premature_apology_is_refused()
    {
        var result = Run("ISLAMABAD, Nov 27 (Timeline Wire) — The government stopped the fuel tankers and container lorries at Torkham. Pakistani officers called the coalition's border coordination centre repeatedly. The Americans say an apology would be premature.", new LocalDate(2011, 11, 27));
        Assert.Contains(result.Events, e => e.Plover == "COERCE");
        Assert.Contains(result.Events, e => e.Plover == "CONSULT");
        Assert.Equal("USA", ActorCodes.Side(Source(Single(result, "REJECT"))));
    }

    [Fact]
    public void What_a_country_will_not_accept_a_habit_of_visiting_and_a_warning_that_repair_takes_time_are_not_events()
    {
        var result = Run("ISLAMABAD, Dec 6 (Timeline Wire) — Parliament must agree on what Pakistan will and will not accept from its allies. Senator John Kerry, who has visited Islamabad more often than most, spoke last week. Mattis expected ties with Pakistan to be repaired but warned that it would take time.", new LocalDate(2011, 12, 6));
        Assert.DoesNotContain(result.Events, e => e.Plover is "REJECT" or "CONSULT" or "THREATEN");
    }

    [Fact]
    public void A_transcript_s_answers_speak_for_the_side_its_introduction_gives_the_speaker()
    {
        var text = "Transcript\n\nThe following is an interview with Sherry Rehman, Pakistan's ambassador to the United States.\n\n"
            + "Q: Have you met Secretary Clinton?\n\nREHMAN: We have rejected the findings of the American investigation. Our parliament has been very clear that drone strikes violate our sovereignty. No one has apologised.";
        var result = Run(text, new LocalDate(2012, 1, 19));
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "REJECT"))));
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "ACCUSE"))));
        Assert.DoesNotContain(result.Events, e => e.Plover == "SUPPORT");
    }

    [Fact]
    public void A_banned_group_is_no_ban_and_its_warning_is_a_threat()
    {
        var result = Run("QUETTA (Timeline Wire) — The banned Tehreek-e-Taliban Pakistan has carried out similar attacks in the past and has warned transporters not to work for foreign forces.", new LocalDate(2012, 1, 13));
        Assert.DoesNotContain(result.Events, e => e.Plover == "COERCE");
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "THREATEN"))));
    }

    [Fact]
    public void A_bare_clock_time_does_not_put_an_act_on_the_report_s_day()
    {
        var result = Run("QUETTA (Timeline Wire) — Gunmen set fire to eight NATO tankers on Thursday night, officials said.\n\nThe attackers opened fire on the guards at around 11pm, police said.", new LocalDate(2012, 1, 13));
        Assert.All(result.Events.Where(e => e.Plover == "ASSAULT"), e => Assert.Equal(new LocalDate(2012, 1, 12), e.Date.Start));
    }

    [Fact]
    public void A_dateline_of_several_cities_is_a_dateline_and_shock_at_an_attack_is_aimed_at_its_attacker()
    {
        var result = Run("World reacts\n\nBEIJING/MOSCOW/NEW YORK (Wire) — China said on Monday it was deeply shocked by the NATO attack that killed 24 Pakistani soldiers and said the incident should be handled properly after a thorough investigation.", new LocalDate(2011, 11, 28));
        var shock = Single(result, "ACCUSE");
        Assert.Equal("CHN", ActorCodes.Side(Source(shock)));
        Assert.Contains("IGOWSTNAT", Targets(shock).Select(ActorCodes.Side));
        Assert.Contains(result.Events, e => e.Plover == "ASSAULT");
        Assert.Equal("CHN", ActorCodes.Side(Source(Single(result, "DEMAND"))));
    }

    [Fact]
    public void Cooperating_with_an_inquiry_backs_the_investigation_and_hoping_for_one_is_no_event()
    {
        var result = Run("KABUL (Timeline Wire) — Karzai promised that Afghanistan would cooperate with any inquiry. Ban Ki-moon hoped the incident would be investigated fully.", new LocalDate(2011, 11, 28));
        var backed = Assert.Single(result.Events);
        Assert.Equal(("ACCUSE", "investigate", "AFG"), (backed.Plover, backed.Mode, ActorCodes.Side(Source(backed))));
    }

    [Fact]
    public void A_transcript_answer_runs_on_over_paragraphs_and_its_speaker_may_be_introduced_in_the_headline()
    {
        var text = "DoD News Briefing with Pentagon Press Secretary George Little\n\nMR. LITTLE: Good afternoon.\n\n"
            + "We have invited the Pakistani government to take part in the investigation.\n\nQ: Will they come?\n\nWe have invited Pakistani officials to a meeting.";
        var result = Run(text, new LocalDate(2011, 11, 30));
        var invitations = result.Events.Where(e => e.Plover == "CONSULT").ToList();
        Assert.Equal("USA", ActorCodes.Side(Source(Assert.Single(invitations))));
    }

    [Fact]
    public void A_speaker_s_label_is_no_dateline_and_the_spokesman_s_secretary_is_of_the_spokesman_s_side()
    {
        var text = "Daily Press Briefing\n\nQUESTION: Has there been any movement on the supply routes this week?\n\n"
            + "MS. NULAND: As you have seen, the Secretary spoke this morning with Foreign Minister Khar. Pakistan is opening the ground lines of communication.";
        var result = Run(text, new LocalDate(2012, 7, 3));
        Assert.Null(result.Document.Dateline);
        Assert.Contains(result.Events, e => e.Plover == "CONCEDE" && ActorCodes.Side(Source(e)) == "PAK");
    }

    [Fact]
    public void Asking_a_country_to_vacate_a_base_is_an_order_and_a_former_spy_chief_is_still_his_country_s()
    {
        var result = Run("ISLAMABAD, Nov 26 (Timeline Wire) — The committee decided to close the supply lines for Nato forces and to ask the United States to vacate the Shamsi airbase within 15 days. Lieutenant General Ahmed Shuja Pasha visited Washington in July.", new LocalDate(2012, 8, 3));
        Assert.Contains(result.Events, e => e.Plover == "COERCE" && Targets(e).Select(ActorCodes.Side).Contains("USA"));
        Assert.DoesNotContain(result.Events, e => e.Plover == "RETREAT");
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "CONSULT"))));
    }

    [Fact]
    public void A_sentence_opening_in_another_country_s_capital_speaks_of_its_institutions()
    {
        var result = Run("NEW DELHI (Timeline Wire) — India on Tuesday said terrorists continued to find sanctuary in Pakistan.\n\nIn Islamabad, the Foreign Office warned that any repetition would have serious consequences.", new LocalDate(2011, 5, 4));
        Assert.Equal(("IND", "PAK"), (ActorCodes.Side(Source(Single(result, "ACCUSE"))), ActorCodes.Side(Targets(Single(result, "ACCUSE")).First())));
        Assert.Equal("PAK", ActorCodes.Side(Source(Single(result, "THREATEN"))));
    }

    [Fact]
    public void A_year_ago_today_is_that_day_and_restoring_cooperation_is_cooperation()
    {
        var result = Run("ISLAMABAD (Timeline Wire) — A year ago today, NATO aircraft attacked two Pakistani border posts at Salala. The two countries have quietly restored much of their security cooperation.", new LocalDate(2012, 11, 26));
        Assert.Equal(new LocalDate(2011, 11, 26), Single(result, "ASSAULT").Date.Start);
        Assert.Contains(result.Events, e => e.Plover == "COOPERATE");
    }
}
