using NodaTime;
using Timeline.Contracts;
using Timeline.Store.Entries;
using Xunit;

namespace Timeline.Core.Tests;

public class EntryDecisionsTests
{
    private static readonly Guid FirstArticle = Guid.NewGuid();

    private static ReportedEvent Report(string summary, string plover, LocalDate start, LocalDate end, string source = "PAK", string target = "IGOWSTNAT") =>
        new(summary, plover, null, "172", [new EventActor(ActorRole.Source, source, source), new EventActor(ActorRole.Target, target, target)], null,
            new EventDate(start, end, Precision.Day, DateBasis.Text, null), Modality.Actual, null, new Evidence(summary, 0, summary.Length));

    private static TimelineEntry Entry(ReportedEvent e) => new()
    {
        Id = Guid.NewGuid(), Summary = e.Summary, Plover = e.Plover, Actors = [.. e.Actors], DateStart = e.Date.Start, DateEnd = e.Date.End,
        Reports = [new SourceReport(FirstArticle, null, null, null, e.Date, e.Modality, null, e.Evidence, "test")],
    };

    private static readonly LocalDate Nov26 = new(2011, 11, 26);

    [Fact]
    public void A_report_of_the_same_event_from_another_article_matches_its_entry()
    {
        var entry = Entry(Report("Pakistan closed the Torkham border crossing to NATO supply convoys", "COERCE", Nov26, Nov26));
        var report = Report("Pakistan shut NATO supply routes through Torkham and Chaman", "COERCE", Nov26.PlusDays(-5), Nov26.PlusDays(4));
        Assert.Same(entry, EntryDecisions.FindMatch([entry], Guid.NewGuid(), report));
    }

    [Fact]
    public void Another_type_other_sides_other_dates_or_another_story_do_not_match()
    {
        var entry = Entry(Report("Pakistan closed the Torkham border crossing to NATO supply convoys", "COERCE", Nov26, Nov26));
        var other = Guid.NewGuid();
        Assert.Null(EntryDecisions.FindMatch([entry], other, Report("Pakistan closed the Torkham border crossing to NATO supply convoys", "ASSAULT", Nov26, Nov26)));
        Assert.Null(EntryDecisions.FindMatch([entry], other, Report("Pakistan closed the Torkham border crossing to NATO supply convoys", "COERCE", Nov26, Nov26, "AFG")));
        Assert.Null(EntryDecisions.FindMatch([entry], other, Report("Pakistan closed the Torkham border crossing to NATO supply convoys", "COERCE", Nov26.PlusDays(30), Nov26.PlusDays(31))));
        Assert.Null(EntryDecisions.FindMatch([entry], other, Report("Pakistan restricted visas for American diplomats", "COERCE", Nov26, Nov26)));
    }

    [Fact]
    public void An_article_never_corroborates_itself_and_an_undated_report_matches_nothing()
    {
        var entry = Entry(Report("Pakistan closed the Torkham border crossing to NATO supply convoys", "COERCE", Nov26, Nov26));
        Assert.Null(EntryDecisions.FindMatch([entry], FirstArticle, Report("Pakistan closed the Torkham border crossing to NATO supply convoys", "COERCE", Nov26, Nov26)));
        var undated = Report("Pakistan closed the Torkham border crossing to NATO supply convoys", "COERCE", Nov26, Nov26) with
        {
            Date = new EventDate(null, null, Precision.Unknown, DateBasis.Unknown, null),
        };
        Assert.Null(EntryDecisions.FindMatch([entry], Guid.NewGuid(), undated));
    }

    [Fact]
    public void A_split_moves_only_the_named_articles_reports_and_never_all_of_them()
    {
        var entry = Entry(Report("Pakistan closed the Torkham border crossing to NATO supply convoys", "COERCE", Nov26, Nov26));
        var other = Guid.NewGuid();
        entry.Reports.Add(entry.Reports[0] with { ArticleId = other, Url = "https://example.org/2" });
        var newId = Guid.NewGuid();

        var (split, splitOff) = EntryDecisions.Split(entry, newId, [other], "Pakistan closed the Chaman crossing", "another crossing", "test");
        Assert.Equal([other], split.ArticleIds);
        Assert.Equal(newId, splitOff.EntryId);
        Assert.Equal("https://example.org/2", Assert.Single(splitOff.Reports).Url);
        Assert.Throws<ArgumentException>(() => EntryDecisions.Split(entry, newId, [other, FirstArticle], null, "r", "t"));
        Assert.Throws<ArgumentException>(() => EntryDecisions.Split(entry, newId, [Guid.NewGuid()], null, "r", "t"));
        Assert.Throws<ArgumentException>(() => EntryDecisions.Split(entry, newId, [other], null, " ", "t"));
    }
}

public class ActorCodesTests
{
    [Fact]
    public void NATO_and_a_member_state_can_be_one_party_but_not_a_non_member()
    {
        var day = new LocalDate(2011, 11, 26);
        Assert.True(Events.ActorCodes.SameParty("IGOWSTNAT", "USAMIL", day));
        Assert.True(Events.ActorCodes.SameParty("PAKMIL", "PAK", day));
        Assert.False(Events.ActorCodes.SameParty("IGOWSTNAT", "PAK", day));
        Assert.False(Events.ActorCodes.SameParty("IGOWSTNAT", "SWE", day)); // joined in 2024
    }
}

public class EntryChangeTests
{
    private static TimelineEntry Entry(LocalDate start, LocalDate end, DateBasis basis = DateBasis.Text) => new()
    {
        Id = Guid.NewGuid(), Summary = "s", Plover = "ASSAULT", DateStart = start, DateEnd = end,
        Date = new EventDate(start, end, Precision.MonthPart, basis, "early December"),
    };

    private static ReportedEvent Report(LocalDate start, LocalDate end) =>
        new("s", "ASSAULT", null, "190", [], null, new EventDate(start, end, Precision.Day, DateBasis.Text, "on Saturday"), Modality.Actual, null, new Evidence("s", 0, 1));

    private static SourceReport Source(ReportedEvent e) => new(Guid.NewGuid(), null, null, null, e.Date, e.Modality, null, e.Evidence, "test");

    [Fact]
    public void A_narrower_date_inside_the_entry_refines_it_and_a_different_one_is_contested()
    {
        var entry = Entry(new LocalDate(2011, 12, 1), new LocalDate(2011, 12, 10));
        var precise = Report(new LocalDate(2011, 12, 3), new LocalDate(2011, 12, 3));
        Assert.IsType<EntryDateRefined>(EntryDecisions.Record(entry, Guid.NewGuid(), precise, Source(precise))[1]);

        var refined = Entry(new LocalDate(2011, 12, 3), new LocalDate(2011, 12, 3));
        var other = Report(new LocalDate(2011, 12, 8), new LocalDate(2011, 12, 8));
        Assert.IsType<EntryDateContested>(EntryDecisions.Record(refined, Guid.NewGuid(), other, Source(other))[1]);

        var same = Report(new LocalDate(2011, 12, 3), new LocalDate(2011, 12, 3));
        Assert.Single(EntryDecisions.Record(refined, Guid.NewGuid(), same, Source(same)));
    }

    [Fact]
    public void Corrections_are_checked_before_they_are_recorded()
    {
        var entry = Entry(new LocalDate(2011, 12, 1), new LocalDate(2011, 12, 10));
        Assert.Throws<ArgumentException>(() => EntryDecisions.Correct(entry, "date", "2011-12-03", " ", "desk"));
        Assert.Throws<ArgumentException>(() => EntryDecisions.Correct(entry, "actors", "PAK", "reason", "desk"));
        Assert.Throws<ArgumentException>(() => EntryDecisions.Correct(entry, "date", "2011-02-30", "reason", "desk"));
        Assert.Throws<ArgumentException>(() => EntryDecisions.Correct(entry, "date", "2011-12-05..2011-12-01", "reason", "desk"));
        Assert.Equal("COERCE", EntryDecisions.Correct(entry, "plover", "coerce", "reason", "desk").Value);

        entry.Status = EntryStatus.Retracted;
        Assert.Throws<InvalidOperationException>(() => EntryDecisions.Correct(entry, "summary", "x", "reason", "desk"));
        Assert.Throws<InvalidOperationException>(() => EntryDecisions.Retract(entry, "reason", "desk"));
    }
}

public class YearByCoreferenceTests
{
    [Fact]
    public void An_undated_day_takes_the_first_year_after_the_events_it_reports()
    {
        Assert.Equal(new LocalDate(2012, 5, 31), EntryDecisions.InferPublication([new LocalDate(2011, 11, 21), new LocalDate(2011, 7, 1)], 5, 31));
        Assert.Equal(new LocalDate(2011, 12, 2), EntryDecisions.InferPublication([new LocalDate(2011, 11, 26)], 12, 2));
        Assert.Null(EntryDecisions.InferPublication([], 5, 31));
        Assert.Null(EntryDecisions.InferPublication([new LocalDate(2013, 3, 1)], 2, 29)); // no 29 February in 2013 or 2014
    }
}

public class SimilarityTests
{
    [Fact]
    public void Reports_in_other_words_of_one_closure_are_alike_and_a_different_act_is_not()
    {
        var closed = "Pakistan closed the Torkham and Chaman border crossings to NATO supply convoys on Saturday";
        var shut = "Pakistan also shut down ground supply routes crucial for keeping US and Nato soldiers equipped";
        var visas = "Pakistani officials resist easing restrictions on issuing visas to US intelligence personnel";
        Assert.True(EntryDecisions.Similarity(closed, shut) >= EntryDecisions.MinSimilarity);
        Assert.True(EntryDecisions.Similarity(closed, visas) < EntryDecisions.MinSimilarity);
    }
}

public class PartyWordsTests
{
    [Fact]
    public void Party_names_alone_do_not_make_two_acts_alike()
    {
        var shut = "Pakistan also shut down ground supply routes crucial for keeping US and Nato soldiers equipped";
        var clamp = "Pakistan clamped down on US military personnel operating in Pakistan";
        Assert.True(EntryDecisions.Similarity(shut, clamp) < EntryDecisions.MinSimilarity);
    }
}

public class VaguerReportTests
{
    [Fact]
    public void A_vaguer_report_that_holds_the_entry_date_neither_refines_nor_contests_it()
    {
        var entry = new TimelineEntry
        {
            Id = Guid.NewGuid(), Plover = "ASSAULT", DateStart = new LocalDate(2011, 11, 26), DateEnd = new LocalDate(2011, 11, 26),
            Date = new EventDate(new LocalDate(2011, 11, 26), new LocalDate(2011, 11, 26), Precision.Day, DateBasis.Text, "on Saturday"),
        };
        var vague = new ReportedEvent("s", "ASSAULT", null, "195", [], null,
            new EventDate(new LocalDate(2011, 11, 21), new LocalDate(2011, 11, 30), Precision.MonthPart, DateBasis.Text, "late November"),
            Modality.Actual, null, new Evidence("s", 0, 1));
        var source = new SourceReport(Guid.NewGuid(), null, null, null, vague.Date, vague.Modality, null, vague.Evidence, "test");
        Assert.IsType<ReportAttached>(Assert.Single(EntryDecisions.Record(entry, Guid.NewGuid(), vague, source)));
    }
}
