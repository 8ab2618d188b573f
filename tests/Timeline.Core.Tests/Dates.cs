using NodaTime;
using Timeline.Contracts;
using Timeline.Core.Dates;
using Xunit;

namespace Timeline.Core.Tests;

public class TemporalTaggerTests
{
    private static readonly LocalDate May31 = new(2012, 5, 31);

    private static Timex Only(string text, LocalDate? reference)
    {
        var found = TemporalTagger.Tag(text, reference);
        return Assert.Single(found);
    }

    private static void AssertInterval(Timex t, string start, string end)
    {
        Assert.NotNull(t.Interval);
        Assert.Equal(start, t.Interval!.Start.ToString("uuuu-MM-dd", null));
        Assert.Equal(end, t.Interval.End.ToString("uuuu-MM-dd", null));
    }

    [Theory]
    [InlineData("The strike came on 26 November 2011.", "26 November 2011", "2011-11-26")]
    [InlineData("The strike came on Nov. 26, 2011, at night.", "Nov. 26, 2011", "2011-11-26")]
    [InlineData("The strike came on 2011-11-26.", "2011-11-26", "2011-11-26")]
    [InlineData("The strike came on 11/26/2011.", "11/26/2011", "2011-11-26")]
    [InlineData("Leap day: February 29, 2012 was quiet.", "February 29, 2012", "2012-02-29")]
    public void Absolute_days_in_every_common_form(string sentence, string text, string value)
    {
        var t = Only(sentence, May31);
        Assert.Equal(text, t.Text);
        Assert.Equal(TimexTypes.Date, t.Type);
        Assert.Equal(value, t.Value);
        Assert.Equal(Precision.Day, t.Precision);
        AssertInterval(t, value, value);
    }

    [Theory]
    [InlineData("Relations soured in November 2011.", "2011-11", Precision.Month, "2011-11-01", "2011-11-30")]
    [InlineData("Relations soured in 2011.", "2011", Precision.Year, "2011-01-01", "2011-12-31")]
    [InlineData("Ties were close in the 1990s.", "199", Precision.Decade, "1990-01-01", "1999-12-31")]
    [InlineData("The border was drawn in the 19th century.", "18", Precision.Century, "1800-01-01", "1899-12-31")]
    [InlineData("Trade grew in the third quarter of 2011.", "2011-Q3", Precision.Quarter, "2011-07-01", "2011-09-30")]
    [InlineData("The offensive began in the summer of 2011.", "2011-SU", Precision.Season, "2011-06-01", "2011-08-31")]
    public void Months_years_decades_centuries_quarters_and_seasons(string sentence, string value, Precision precision, string start, string end)
    {
        var t = Only(sentence, May31);
        Assert.Equal(value, t.Value);
        Assert.Equal(precision, t.Precision);
        AssertInterval(t, start, end);
    }

    [Theory]
    [InlineData("The talks will resume on Thursday, officials said.", "2012-05-31")] // Thursday's paper: that day
    [InlineData("Officials said on Tuesday the convoys would move soon.", "2012-05-29")] // reported speech: the past
    [InlineData("The convoys will move on Tuesday.", "2012-06-05")]
    [InlineData("The team planned to leave Kabul on Tuesday.", "2012-06-05")] // a plan looks ahead
    [InlineData("He said the envoy would be travelling to the United States Tuesday.", "2012-06-05")] // "United" is no past verb
    [InlineData("The vote is this coming Sunday.", "2012-06-03")]
    [InlineData("Voters went to the polls this past Sunday.", "2012-05-27")]
    public void A_weekday_is_the_paper_s_own_day_a_day_of_its_past_week_or_with_a_future_verb_a_day_ahead(string sentence, string value)
    {
        Assert.Equal(value, Only(sentence, May31).Value); // 31 May 2012 was a Thursday
    }

    [Theory]
    [InlineData("The treaty was signed in nineteen ninety-six.", "1996")]
    [InlineData("The base opened in nineteen seventy.", "1970")]
    public void A_year_written_as_it_is_said_is_that_year(string sentence, string value)
    {
        Assert.Equal(value, Only(sentence, May31).Value);
    }

    [Fact]
    public void Late_november_read_on_31_may_is_the_last_ten_days_of_the_previous_november()
    {
        var t = Only("US aircraft killed 24 Pakistani soldiers in late November.", May31);
        Assert.Equal("2011-11", t.Value);
        Assert.Equal("END", t.Mod);
        Assert.Equal(Precision.MonthPart, t.Precision);
        Assert.Equal(Anchor.ReferenceDate, t.Anchor);
        AssertInterval(t, "2011-11-21", "2011-11-30");
    }

    [Theory]
    [InlineData("Talks began in early March.", "START", "2012-03-01", "2012-03-10")]
    [InlineData("Talks began in mid-March.", "MID", "2012-03-11", "2012-03-20")]
    [InlineData("Talks will resume in late June.", "END", "2012-06-21", "2012-06-30")]
    public void Month_parts_follow_the_tense_of_the_sentence(string sentence, string mod, string start, string end)
    {
        var t = Only(sentence, May31);
        Assert.Equal(mod, t.Mod);
        AssertInterval(t, start, end);
    }

    [Fact]
    public void A_past_tense_month_after_the_reference_month_is_last_year()
    {
        AssertInterval(Only("The envoy visited in November.", May31), "2011-11-01", "2011-11-30");
        AssertInterval(Only("The envoy will visit in November.", May31), "2012-11-01", "2012-11-30");
    }

    [Theory]
    [InlineData("The attack on the night of Nov. 25-26, 2011, killed 24 soldiers.", "2011-11-25")]
    [InlineData("The attack of November 25 and 26, 2011 killed 24 soldiers.", "2011-11-25")]
    public void Two_days_of_one_month_with_a_year_are_one_span_valued_by_the_first(string sentence, string value)
    {
        var t = Only(sentence, May31);
        Assert.StartsWith(value, t.Value);
        AssertInterval(t, "2011-11-25", "2011-11-26");
    }

    [Fact]
    public void Without_a_reference_date_the_year_stays_unknown()
    {
        var t = Only("US aircraft killed 24 Pakistani soldiers in late November.", null);
        Assert.Equal("XXXX-11", t.Value);
        Assert.Null(t.Interval);
        Assert.Equal(Anchor.None, t.Anchor);
    }

    [Fact]
    public void Narrative_text_takes_the_year_from_the_last_date_mentioned()
    {
        var found = TemporalTagger.Tag("The war began in 1965. In September the army crossed the border.", null);
        Assert.Equal(2, found.Count);
        Assert.Equal("1965-09", found[1].Value);
        Assert.Equal(Anchor.PreviousExpression, found[1].Anchor);
    }

    [Theory]
    [InlineData("It happened yesterday.", "2012-05-30", "2012-05-30")]
    [InlineData("It happened last month.", "2012-04-01", "2012-04-30")]
    [InlineData("It will happen next month.", "2012-06-01", "2012-06-30")]
    [InlineData("It happened two weeks ago.", "2012-05-14", "2012-05-20")]
    [InlineData("It happened three days ago.", "2012-05-28", "2012-05-28")]
    [InlineData("It happened last year.", "2011-01-01", "2011-12-31")]
    [InlineData("It happened a year ago today.", "2011-05-31", "2011-05-31")]
    [InlineData("It happened on Tuesday.", "2012-05-29", "2012-05-29")]
    public void Relative_expressions_resolve_against_the_reference_date(string sentence, string start, string end)
    {
        AssertInterval(Only(sentence, May31), start, end);
    }

    [Fact]
    public void Month_end_and_year_boundaries_are_safe()
    {
        AssertInterval(Only("It will happen next month.", new LocalDate(2012, 1, 31)), "2012-02-01", "2012-02-29");
        AssertInterval(Only("It happened last month.", new LocalDate(2012, 3, 31)), "2012-02-01", "2012-02-29");
        AssertInterval(Only("It happened last week.", new LocalDate(2012, 1, 2)), "2011-12-26", "2012-01-01");
        Assert.Equal("2011-W52", Only("It happened last week.", new LocalDate(2012, 1, 2)).Value);
        AssertInterval(Only("It happened yesterday.", new LocalDate(2012, 3, 1)), "2012-02-29", "2012-02-29");
    }

    [Fact]
    public void In_the_last_few_weeks_is_a_span_ending_at_the_reference_date()
    {
        var t = Only("Two US officers have been sent in the last few weeks to Peshawar.", May31);
        Assert.Equal("the last few weeks", t.Text);
        Assert.Equal(TimexTypes.Duration, t.Type);
        Assert.Equal("PXW", t.Value);
        Assert.Equal(May31, t.Interval!.End);
        Assert.True(t.Interval.Start < May31.PlusWeeks(-1));
    }

    [Fact]
    public void Recently_is_a_past_reference_ending_at_the_reference_date()
    {
        var t = Only("Relations have recently improved.", May31);
        Assert.Equal("PAST_REF", t.Value);
        Assert.Equal(May31, t.Interval!.End);
    }

    [Theory]
    [InlineData("The talks lasted three weeks.", "P3W")]
    [InlineData("The routes stayed shut for two more weeks.", "P2W")]
    [InlineData("after a months-long absence", "PXM")]
    [InlineData("The siege went on for 10 days.", "P10D")]
    public void Durations_are_durations_not_dates(string sentence, string value)
    {
        var t = Only(sentence, May31);
        Assert.Equal(TimexTypes.Duration, t.Type);
        Assert.Equal(value, t.Value);
    }

    [Fact]
    public void Sets_are_recognised()
    {
        Assert.Equal("XXXX-WXX-5", Only("Protesters gather every Friday.", May31).Value);
        Assert.Equal(TimexTypes.Set, Only("Convoys crossed daily.", May31).Type);
    }

    [Theory]
    [InlineData("US aircraft killed 24 Pakistani soldiers.")]
    [InlineData("Pakistan bought F-16 jets.")]
    [InlineData("Some 1,000 trucks were stranded.")]
    [InlineData("The talks may be deadlocked.")]
    [InlineData("The army said 2000 troops were moved.")]
    public void Numbers_that_are_not_dates_are_left_alone(string sentence)
    {
        Assert.Empty(TemporalTagger.Tag(sentence, May31));
    }

    [Fact]
    public void Invalid_dates_are_never_turned_into_real_ones()
    {
        Assert.DoesNotContain(TemporalTagger.Tag("It was signed on February 30, 2011.", May31), t => t.Interval is not null && t.Precision == Precision.Day);
        Assert.Empty(TemporalTagger.Tag("It was signed on 2011-02-30.", May31));
    }

    [Fact]
    public void Hostile_input_finishes_quickly_without_throwing()
    {
        var inputs = new[]
        {
            new string('1', 200_000),
            string.Concat(Enumerable.Repeat("late November 2011 ", 5_000)),
            string.Concat(Enumerable.Repeat("the last few ", 20_000)),
            new string(Enumerable.Range(0, 50_000).Select(i => (char)(i % 0xD7FF + 1)).ToArray()),
        };
        var watch = System.Diagnostics.Stopwatch.StartNew();
        foreach (var input in inputs)
        {
            _ = TemporalTagger.Tag(input, May31);
        }

        // Generous bound: this is a hang detector, not a benchmark.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
    }
}

public class FuzzTests
{
    private static readonly string[] Pieces =
    [
        "late", "November", "2011", "last", "week", "ago", "the", "few", "weeks", "Tuesday", "morning", "31", "of", "-", ",", ".",
        "US", "Pakistan", "killed", "closed", "routes", "after", "in retaliation for", "said", "\n\n", "—", "(", ")", "\"", "F-16",
        "1,000", "P3W", "every", "Friday", "Feb. 30", "2012-02-30", "quarter", "summer", "century", "1990s", "a.m.", "ٱ", "🙂", "\u200b",
        "BC", "A.D.", "noon", "the night of", "year-end", "fiscal", "year-ago", "first half of", "early", "earlier this",
        "the government", "the Pakistani government", "told", "Hillary Clinton", "was", "were", "by", "the two sides", ", which", "and to",
        "protesters", "was behind", "a day after", "Islamabad", "NATO", "the army", "parliament", "agreed to", "freed", "called it a violation",
        "it", "they", "Nearly three months after", "The strike came a month after", "Karzai", "met", "visited Lahore", "sorry",
        "Nov. 26, 2011:", "and the two men", "Police", "officials from India", "the accusation", "rejected", "said", "shortly after",
    ];

    /// <summary>Random and hostile text never throws and never yields an offset outside the text or an impossible date.</summary>
    [Fact]
    public void Random_text_never_crashes_the_cores_or_yields_bad_offsets()
    {
        var random = new Random(20121126);
        for (var i = 0; i < 400; i++)
        {
            var text = i % 4 == 0
                ? new string(Enumerable.Range(0, random.Next(1, 3000)).Select(_ => (char)random.Next(1, 0xD7FF)).ToArray())
                : string.Join(' ', Enumerable.Range(0, random.Next(1, 400)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var reference = random.Next(3) == 0 ? (LocalDate?)null : new LocalDate(random.Next(1900, 2100), random.Next(1, 13), random.Next(1, 29));
            var result = Pipeline.Run(new Articles.ValidArticle(text, "text/plain", null, null, null, reference));
            foreach (var t in result.Timexes)
            {
                Assert.InRange(t.Start, 0, t.End);
                Assert.InRange(t.End, t.Start, result.Document.Body.Length);
                Assert.Equal(t.Text, result.Document.Body[t.Start..t.End]);
            }

            Assert.All(result.Events, e => Assert.Equal(e.Evidence.Sentence, result.Document.Body[e.Evidence.Start..e.Evidence.End]));
        }
    }
}

public class TemporalTaggerCalendarAndClockTests
{
    private static readonly LocalDate May31 = new(2012, 5, 31);
    private static readonly LocalDate Oct26 = new(1989, 10, 26);

    private static Timex Find(string text, LocalDate? reference, string expression) =>
        Assert.Single(TemporalTagger.Tag(text, reference), t => t.Text == expression);

    [Fact]
    public void A_year_ago_in_a_story_about_a_quarter_is_that_quarter_a_year_before()
    {
        const string text = "Net income rose 8% in the third quarter. Sales fell from a year ago.";
        Assert.Equal("1989-Q3", Find(text, Oct26, "the third quarter").Value);
        var yearAgo = Find(text, Oct26, "a year ago");
        Assert.Equal("1988-Q3", yearAgo.Value);
        Assert.Equal(new LocalDate(1988, 7, 1), yearAgo.Interval!.Start);
    }

    [Fact]
    public void A_day_a_past_verb_happened_on_is_in_the_past_even_when_near_ahead()
    {
        var dec30 = new LocalDate(2011, 12, 30);
        Assert.Equal("2011-03-16", Find("Pakistan held him for seven weeks before he was freed on March 16.", dec30, "March 16").Value);
        Assert.Equal("2011-01-27", Find("On January 27, a contractor killed two men in Lahore.", dec30, "January 27").Value);
        // announced for that day, it is still ahead
        Assert.Equal("2012-01-27", Find("He said the hearing would be held on January 27.", dec30, "January 27").Value);
    }

    [Fact]
    public void By_a_season_after_a_past_perfect_looks_back()
    {
        Assert.Equal("2011-SU", Find("Most of the trainers had gone home by the summer.", new LocalDate(2011, 12, 30), "the summer").Value);
    }

    [Fact]
    public void A_year_ago_without_a_quarter_is_the_year_before()
    {
        Assert.Equal("1988", Find("Sales fell from a year ago.", Oct26, "a year ago").Value);
    }

    [Fact]
    public void A_quarter_still_under_way_is_not_what_a_year_ago_compares_with()
    {
        const string text = "Analysts expect a weak fourth quarter. Sales were flat with a year ago.";
        Assert.Equal("1988", Find(text, Oct26, "a year ago").Value);
    }

    [Theory]
    [InlineData("Profit doubled from the year-earlier third quarter.", "the year-earlier third quarter", "1988-Q3")]
    [InlineData("The plant opens in next year's first quarter.", "next year's first quarter", "1990-Q1")]
    [InlineData("Profit fell from the 1988 second quarter.", "the 1988 second quarter", "1988-Q2")]
    [InlineData("Third-quarter profit fell.", "Third-quarter", "1989-Q3")]
    public void Quarters_named_with_their_year(string sentence, string expression, string value)
    {
        Assert.Equal(value, Find(sentence, Oct26, expression).Value);
    }

    [Theory]
    [InlineData("The convoy will leave at 9 a.m. Tuesday.", "9 a.m. Tuesday", "2012-06-05T09:00")]
    [InlineData("The talks ended at noon Tuesday.", "noon Tuesday", "2012-05-29T12:00")]
    [InlineData("The border reopened at 5 p.m. EST, May 30.", "5 p.m. EST, May 30", "2012-05-30T17:00")]
    public void A_time_of_day_with_its_day_is_one_time(string sentence, string expression, string value)
    {
        var t = Find(sentence, May31, expression);
        Assert.Equal(TimexTypes.Time, t.Type);
        Assert.Equal(value, t.Value);
        Assert.Equal(Precision.Day, t.Precision);
    }

    [Theory]
    [InlineData("2012-12-07", "last November", "2011-11")] // the month just gone would be "last month"
    [InlineData("1998-03-01", "last February", "1997-02")]
    [InlineData("2012-12-07", "last October", "2012-10")]
    [InlineData("2012-05-31", "last November", "2011-11")]
    public void Last_and_a_month_name_is_the_latest_such_month_before_the_one_just_gone(string reference, string expression, string value)
    {
        var t = Find($"The aid was held up {expression}.", LocalDate.FromDateTime(DateTime.Parse(reference, System.Globalization.CultureInfo.InvariantCulture)), expression);
        Assert.Equal(value, t.Value);
    }

    [Theory]
    [InlineData("The attack came on Friday night.", "Friday night", "2012-05-25TNI")]
    [InlineData("The attack came last night.", "last night", "2012-05-30TNI")]
    [InlineData("Officials met this morning.", "this morning", "2012-05-31TMO")]
    [InlineData("Officials met yesterday afternoon.", "yesterday afternoon", "2012-05-30TAF")]
    [InlineData("The posts were hit on the night of 26 November 2011.", "the night of 26 November 2011", "2011-11-26TNI")]
    public void Parts_of_the_day_are_times_of_that_day(string sentence, string expression, string value)
    {
        var t = Find(sentence, May31, expression);
        Assert.Equal(TimexTypes.Time, t.Type);
        Assert.Equal(value, t.Value);
        Assert.Equal(t.Interval!.Start, t.Interval.End);
    }

    [Theory]
    [InlineData("Aid resumed in the first half of 2012.", "the first half of 2012", "2012-H1", "2012-01-01", "2012-06-30")]
    [InlineData("Aid resumed in the last half of 2011.", "the last half of 2011", "2011-H2", "2011-07-01", "2011-12-31")]
    public void Halves_of_a_year(string sentence, string expression, string value, string start, string end)
    {
        var t = Find(sentence, May31, expression);
        Assert.Equal(value, t.Value);
        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(start).Value, t.Interval!.Start);
        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(end).Value, t.Interval.End);
    }

    [Theory]
    [InlineData("Carthage fell in 146 BC.", "146 BC", "BC0146", -145)]
    [InlineData("Rome invaded Britain in AD 43.", "AD 43", "0043", 43)]
    [InlineData("The city was founded in 753 B.C.", "753 B.C.", "BC0753", -752)]
    public void Years_before_and_of_the_common_era(string sentence, string expression, string value, int isoYear)
    {
        var t = Find(sentence, null, expression);
        Assert.Equal(value, t.Value);
        Assert.Equal(isoYear, t.Interval!.Start.Year);
        Assert.Equal(Precision.Year, t.Precision);
    }

    [Theory]
    [InlineData("The routes should reopen by year-end.", "year-end", "2012", "END")]
    [InlineData("The routes should reopen by the end of the month.", "the end of the month", "2012-05", "END")]
    [InlineData("Talks began earlier this year.", "earlier this year", "2012", "START")]
    [InlineData("Ties were close in the early 1980s.", "the early 1980s", "198", "START")]
    [InlineData("Spending rose in fiscal 2011.", "fiscal 2011", "2011", null)]
    public void Parts_of_a_unit_carry_their_mod(string sentence, string expression, string value, string? mod)
    {
        var t = Find(sentence, May31, expression);
        Assert.Equal(value, t.Value);
        Assert.Equal(mod, t.Mod);
    }

    [Fact]
    public void Earlier_this_year_spans_from_the_start_of_the_year_to_the_reference_date()
    {
        var t = Find("Talks began earlier this year.", May31, "earlier this year");
        Assert.Equal(new LocalDate(2012, 1, 1), t.Interval!.Start);
        Assert.Equal(May31, t.Interval.End);
    }

    [Theory]
    [InlineData("Immigration officials postponed the hearing until Tuesday.", "2012-06-05")]
    [InlineData("The fund must repay the loan by February.", "2013-02")]
    public void A_deadline_lies_ahead_of_the_report(string sentence, string value)
    {
        var t = TemporalTagger.Tag(sentence, May31).Single();
        Assert.Equal(value, t.Value);
    }

    [Fact]
    public void Until_with_a_past_perfect_looks_back()
    {
        var t = TemporalTagger.Tag("Until Tuesday, officials had not named him a suspect.", May31).Single();
        Assert.Equal("2012-05-29", t.Value);
    }

    [Fact]
    public void The_next_day_counts_from_the_day_just_told_of()
    {
        var found = TemporalTagger.Tag("The officers were detained on 12 May 2012 and freed the next day.", May31);
        Assert.Equal("2012-05-13", Assert.Single(found, t => t.Text == "the next day").Value);
    }

    [Fact]
    public void A_month_of_that_year_takes_the_year_of_the_last_date_told_of()
    {
        var found = TemporalTagger.Tag("The war began in 1914. In August of that year the armies met.", null, DocumentKind.Narrative);
        Assert.Equal("1914-08", Assert.Single(found, t => t.Text == "August of that year").Value);
    }

    [Fact]
    public void A_text_of_years_before_the_common_era_is_narrative_even_with_a_reference_date()
    {
        var text = "Darius invaded in 492 BC. The fleet was wrecked off Athos in 491 BC. Marathon was fought in 490 BC. The following year the Persians withdrew.";
        var found = TemporalTagger.Tag(text, new LocalDate(2009, 12, 19), DocumentKind.Auto);
        Assert.Equal("BC0489", Assert.Single(found, t => t.Text == "The following year").Value);
    }

    [Fact]
    public void Days_later_than_a_month_is_a_day_the_text_does_not_name()
    {
        var found = TemporalTagger.Tag("The siege began in March 1918. Four days later the line broke.", null, DocumentKind.Narrative);
        var later = Assert.Single(found, t => t.Text == "Four days later");
        Assert.Equal(("DATE", "XXXX-XX-XX"), (later.Type, later.Value));
        Assert.Null(later.Interval);
    }
}
