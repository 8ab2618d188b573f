using System.Text.RegularExpressions;
using NodaTime;
using Timeline.Contracts;
using Timeline.Core.Text;
using static Timeline.Core.Dates.CalendarMath;

namespace Timeline.Core.Dates;

/// <summary>
/// The date-normalisation core: finds temporal expressions and resolves them against the document's reference date
/// (news) or, without one, against the last explicit date before them (narrative). No I/O; every pattern is bounded.
/// </summary>
public enum DocumentKind
{
    News,
    Narrative,
    Auto,
}

public static partial class TemporalTagger
{
    private enum Tense { Past, Present, Future }

    // Quarter: the last quarter the document named; company news compares "a year ago" with that quarter a year before.
    // OnTheDay: the expression is introduced by "on" ("was freed on March 16"), so it dates the verb the tense was read from.
    private sealed record Context(LocalDate? Reference, Tense Tense, WorldDate? Previous, string Sentence, WorldDate? Quarter = null, bool OnTheDay = false);

    private sealed record Resolved(string Type, string Value, string? Mod, WorldDate? Interval, Precision Precision, Anchor Anchor);

    private sealed record Pattern(Regex Regex, Regex Needs);

    private sealed record Rule(Pattern Pattern, Func<Match, Context, Resolved?> Resolve);

    private sealed record Candidate(int Start, int End, Match Match, Rule Rule, int Order);

    /// <summary>
    /// News resolves against the reference (creation) date; narrative (history, encyclopedia) against the last date
    /// mentioned. <see cref="DocumentKind.Auto"/> picks narrative when the text's explicit years lie well before the reference.
    /// </summary>
    public static IReadOnlyList<Timex> Tag(string text, LocalDate? reference, DocumentKind kind = DocumentKind.News)
    {
        if (kind == DocumentKind.Narrative || kind == DocumentKind.Auto && IsNarrative(text, reference))
        {
            reference = null;
        }

        var timexes = new List<Timex>();
        WorldDate? previous = null;
        WorldDate? quarter = null;
        foreach (var sentence in Sentences.Split(text))
        {
            foreach (var candidate in Candidates(sentence.Text))
            {
                var tense = TenseAround(sentence.Text, candidate.Start, candidate.End);
                var resolved = candidate.Rule.Resolve(candidate.Match, new Context(reference, tense, previous, sentence.Text, quarter, OnTheDay(sentence.Text, candidate.Start)));
                if (resolved is null)
                {
                    continue;
                }

                var start = sentence.Start + candidate.Start;
                var end = sentence.Start + candidate.End;
                timexes.Add(new Timex(text[start..end], start, end, resolved.Type, resolved.Value, resolved.Mod,
                    resolved.Interval, resolved.Precision, resolved.Anchor));
                if (resolved.Type == TimexTypes.Date && resolved.Interval is not null && resolved.Precision <= Precision.Year)
                {
                    previous = resolved.Interval;
                }

                // a result compared with a year ago is reported, so its quarter is over
                if (resolved.Precision == Precision.Quarter && resolved.Interval is { } q && resolved.Anchor != Anchor.PreviousExpression
                    && (reference is null || q.End < reference))
                {
                    quarter = resolved.Interval;
                }
            }
        }

        return timexes;
    }

    private static bool IsNarrative(string text, LocalDate? reference)
    {
        if (reference is not { } r)
        {
            return true;
        }

        // Years before the common era count as long ago.
        var years = ExplicitYear().Matches(text).Select(m => m.Groups["bc"].Success ? -int.Parse(m.Groups["bc"].Value) : int.Parse(m.Value)).Order().ToList();
        return years.Count >= 3 && years[years.Count / 2] < r.Year - 1;
    }

    private static List<Candidate> Candidates(string sentence)
    {
        var all = new List<Candidate>();
        for (var i = 0; i < Rules.Length; i++)
        {
            try
            {
                if (!Rules[i].Pattern.Needs.IsMatch(sentence))
                {
                    continue;
                }

                foreach (Match m in Rules[i].Pattern.Regex.Matches(sentence))
                {
                    // A rule may need context its expression does not include ("for weeks" tags "weeks"): group "span".
                    var span = m.Groups["span"];
                    var (from, to) = span.Success ? (span.Index, span.Index + span.Length) : (m.Index, m.Index + m.Length);
                    var approx = m.Groups["approx"];
                    if (span.Success && approx.Success && !ApproxOutsideSpan.Contains(approx.Value.ToLowerInvariant()))
                    {
                        from = approx.Index;
                    }
                    if (to > from)
                    {
                        all.Add(new Candidate(from, to, m, Rules[i], i));
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // Hostile input: this pattern gives up on this sentence, the others still run.
            }
        }

        var chosen = new List<Candidate>();
        var taken = new bool[sentence.Length];
        foreach (var c in all.OrderByDescending(c => c.End - c.Start).ThenBy(c => c.Order).ThenBy(c => c.Start))
        {
            if (Array.IndexOf(taken, true, c.Start, c.End - c.Start) < 0)
            {
                Array.Fill(taken, true, c.Start, c.End - c.Start);
                chosen.Add(c);
            }
        }

        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    // The verb that governs an expression is near it: look at most this far on either side.
    private const int TenseWindow = 120;

    /// <summary>The tense of the cue nearest the expression; Present (unknown) when there is none.</summary>
    private static Tense TenseAround(string sentence, int start, int end)
    {
        if (TrailingWord(sentence, start) is "until" or "till" or "by")
        {
            // "postponed until Tuesday", "repaid by February": a deadline ahead of the report; but "until Thursday,
            // they had not called him a suspect" looks back from a past perfect.
            // "had gone home by the summer" looks back from one before it.
            return PastPerfect().IsMatch(sentence[end..Math.Min(sentence.Length, end + TenseWindow)])
                || PastPerfect().IsMatch(sentence[Math.Max(0, start - 40)..start]) ? Tense.Past : Tense.Future;
        }

        var from = Math.Max(0, start - TenseWindow);
        var to = Math.Min(sentence.Length, end + TenseWindow);
        var best = (Distance: int.MaxValue, Tense: Tense.Present);
        foreach (var (regex, tense) in new[] { (FutureCue(), Tense.Future), (PastCue(), Tense.Past) })
        {
            foreach (Match m in regex.Matches(sentence[from..to]))
            {
                var at = from + m.Index;
                if (at >= start && at < end)
                {
                    continue; // a word of the expression itself ("last", "ago") is handled by its rule
                }

                var distance = at < start ? start - (at + m.Length) : at - end;
                if (distance < best.Distance)
                {
                    best = (distance, tense);
                }
            }
        }

        return best.Tense;
    }

    // ---- resolution helpers ----

    private static readonly Dictionary<string, int> SpokenTens = new()
    {
        ["twenty"] = 2, ["thirty"] = 3, ["forty"] = 4, ["fifty"] = 5, ["sixty"] = 6, ["seventy"] = 7, ["eighty"] = 8, ["ninety"] = 9,
    };

    private static readonly Dictionary<string, int> SpokenUnits = new()
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
    };

    private static Anchor AnchorOf(Context c) => c.Reference is not null ? Anchor.ReferenceDate : Anchor.PreviousExpression;

    /// <summary>The date relative expressions count from: the reference date, or in narrative text the last date given.</summary>
    private static LocalDate? Now(Context c) => c.Reference ?? c.Previous?.End;

    /// <summary>The year of a month (and day) given without one, from the reference date and the tense.</summary>
    private static int? YearFor(Context c, int month, int? day)
    {
        if (c.Reference is { } r)
        {
            var candidate = (month, day ?? 1);
            var today = (r.Month, r.Day);
            // A date within three months of the reference is that one, whatever the tense ("Jan. 14" in a story of
            // 7 January is next week; "Nov. 25" is six weeks ago). Further away, the tense decides; news tells of the past.
            var nearest = NearestYear(r, month, day ?? 15);
            var near = new LocalDate(nearest, month, Math.Min(day ?? 15, DaysIn(nearest, month)));
            if (Math.Abs(Period.Between(r, near, PeriodUnits.Days).Days) <= 92)
            {
                // ... unless a past verb happened on it: "was freed on March 16" in a story of 30 December is this March.
                return c is { Tense: Tense.Past, OnTheDay: true } && near > r ? nearest - 1 : nearest;
            }

            var beforeToday = day is null ? month < r.Month : candidate.CompareTo(today) < 0;
            return c.Tense switch
            {
                Tense.Future when beforeToday => r.Year + 1,
                Tense.Future => r.Year,
                _ when candidate.CompareTo(today) > 0 => r.Year - 1,
                _ => r.Year,
            };
        }

        return c.Previous?.Start.Year;
    }

    /// <summary>Without a tense to go by, the month (and day) nearest the reference date.</summary>
    private static int NearestYear(LocalDate r, int month, int day) =>
        new[] { r.Year - 1, r.Year, r.Year + 1 }
            .OrderBy(y => Math.Abs(Period.Between(r, new LocalDate(y, month, Math.Min(day, DaysIn(y, month))), PeriodUnits.Days).Days))
            .ThenBy(y => y > r.Year ? 1 : 0)
            .First();

    private static int Number(string word) => word.ToLowerInvariant() switch
    {
        "a" or "an" or "one" => 1,
        "two" or "couple of" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "a dozen" => 12,
        "a couple of" => 2,
        var t when Tens(t) is { } tens => tens,
        var d when int.TryParse(d, out var n) && n < 10000 => n,
        _ => -1, // few, several, many: vague
    };

    private static int? Tens(string word)
    {
        var parts = word.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        int? tens = parts[0] switch
        {
            "twenty" => 20, "thirty" => 30, "forty" => 40, "fifty" => 50,
            "sixty" => 60, "seventy" => 70, "eighty" => 80, "ninety" => 90,
            _ => null,
        };
        return tens is null ? null : tens + (parts.Length > 1 ? Math.Max(0, Number(parts[1])) : 0);
    }

    private static string? ApproxMod(Match m) => m.Groups["approx"].Value.ToLowerInvariant() switch
    {
        "about" or "around" or "roughly" or "some" or "approximately" => "APPROX",
        "nearly" or "almost" or "up to" or "at most" or "no more than" => "EQUAL_OR_LESS",
        "more than" or "over" => "MORE_THAN",
        "less than" or "under" => "LESS_THAN",
        "at least" => "EQUAL_OR_MORE",
        _ => null,
    };

    private static int UpperBound(string word) => word.ToLowerInvariant() switch
    {
        "few" or "a few" or "dozens of" => 5,
        "several" => 7,
        "many" => 12,
        _ => Number(word),
    };

    private static string UnitLetter(string unit) => unit.ToLowerInvariant() switch
    {
        var u when u.StartsWith("minute") => "TM",
        var u when u.StartsWith("hour") => "TH",
        var u when u.StartsWith("day") => "D",
        var u when u.StartsWith("week") => "W",
        var u when u.StartsWith("month") => "M",
        var u when u.StartsWith("decade") => "DE",
        var u when u.StartsWith("centur") => "CE",
        _ => "Y",
    };

    private static LocalDate Shift(LocalDate d, string unit, int n) => UnitLetter(unit) switch
    {
        "D" => d.PlusDays(n),
        "W" => d.PlusWeeks(n),
        "M" => d.PlusMonths(n),
        "DE" => d.PlusYears(10 * n),
        "CE" => d.PlusYears(100 * n),
        _ => d.PlusYears(n),
    };

    /// <summary>The calendar unit containing a day, as TIMEX3 value and world date.</summary>
    private static (string Value, WorldDate Interval) UnitContaining(LocalDate d, string unit) => UnitLetter(unit) switch
    {
        "D" => (DayValue(d), WorldDate.Day(d)),
        "W" => (WeekValue(d), Week(d)),
        "M" => (MonthValue(d.Year, d.Month), Month(d.Year, d.Month)),
        "DE" => ($"{d.Year / 10:D3}", Decade(d.Year / 10 * 10)),
        "CE" => ($"{d.Year / 100:D2}", Century(d.Year / 100)),
        _ => (YearValue(d.Year), Year(d.Year)),
    };

    private static string? ModOf(string? word) => word?.ToLowerInvariant().Replace('-', ' ').Trim() switch
    {
        null or "" => null,
        "early" or "the beginning of" or "the start of" or "the first half of" => "START",
        "mid" or "the middle of" => "MID",
        "late" or "the end of" or "the second half of" => "END",
        _ => null,
    };

    private static readonly string[] SeasonCodes = ["SP", "SU", "FA", "WI"];

    private static string SeasonCode(string word) => word.ToLowerInvariant() switch
    {
        "spring" => "SP",
        "summer" => "SU",
        "autumn" or "fall" => "FA",
        _ => "WI",
    };

    // ---- rules, most specific first (longest match wins; ties go to the earlier rule) ----

    private const string MonthNames =
        @"(?<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";

    private const string Num = @"(?<n>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|\d{1,4}(?:\.\d)?|few|a few|several|many|a couple of|couple of|a dozen|dozens of)";

    /// <summary>"about", "more than" ... before a quantity: part of the expression, and its TIMEX3 mod.</summary>
    private const string Approx = @"(?:(?<approx>about|around|roughly|some|approximately|nearly|almost|up to|at most|no more than|more than|less than|under|at least)\s+)?";

    // TempEval-3 leaves "about" and "almost" outside the expression but keeps "nearly", "more than", "at least".
    private static readonly string[] ApproxOutsideSpan = ["about", "around", "roughly", "some", "approximately", "almost"];

    private const string Weekdays = "(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    private const RegexOptions Opts = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Generous, so that a loaded machine never skips a pattern on ordinary text (a skipped pattern is a silent miss: at 2 s a
    // first match that paid for JIT under a parallel test run timed out once in CI);
    // hostile input is kept in bounds by the sentence splitter and by patterns without nested repetition.
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    /// <summary>A rule's pattern, and the words one of which any match contains: a sentence without them skips the pattern.</summary>
    private static Pattern R(string pattern, bool ignoreCase = true, string needs = ".") =>
        new(new Regex(pattern, Opts | RegexOptions.Compiled | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None), Limit),
            new Regex(needs, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, Limit));

    private static readonly Rule[] Rules =
    [
        // 2011-11-26
        new(R(@"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b", needs: @"\d"), (m, c) => FullDate(int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value))),
        // 11/26/2011
        new(R(@"\b(?<m>\d{1,2})/(?<d>\d{1,2})/(?<y>\d{4})\b", needs: @"/"), (m, c) => FullDate(int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value))),
        // 26 November 2011, Nov. 26, 2011, November 2011, late November, May 31
        new(R(@"\b(?:(?i:(?:early\s+in\s+)?the\s+(?:early\s+)?(?<part>morning|afternoon|evening|night)(?:\s+hours)?\s+of)\s+)?(?:(?<mod>(?i:early|mid|late|the end of|the beginning of|the start of|the middle of))[- ]+)?(?:(?i:the\s+)?(?<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?" + MonthNames + @"(?![a-z])(?:\s+(?<d2>\d{1,2})(?:st|nd|rd|th)?\b(?:\s*(?:[-–]|\s(?i:and|to)\s)\s*(?<d3>\d{1,2})(?:st|nd|rd|th)?\b(?=,?\s+\d{4}))?)?(?:,?\s+(?:of\s+)?(?<y>\d{4})\b)?(?<that>(?i:\s+of\s+(?:that|the\s+same)\s+year))?", ignoreCase: false, needs: @"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"), MonthDate),
        // the first half of 1990, the last two quarters of 1989: TIMEX3 halves
        new(R(@"\b(?:the\s+)?(?:(?<h>first|second|last|latter)\s+half|(?<h>first|last)\s+two\s+quarters)\s+of\s+(?<y>\d{4})\b", needs: @"half|quarters"), (m, c) =>
        {
            var year = int.Parse(m.Groups["y"].Value);
            var first = m.Groups["h"].Value.Equals("first", StringComparison.OrdinalIgnoreCase);
            var interval = first ? new WorldDate(new LocalDate(year, 1, 1), new LocalDate(year, 6, 30), Precision.Year)
                : new WorldDate(new LocalDate(year, 7, 1), new LocalDate(year, 12, 31), Precision.Year);
            return new Resolved(TimexTypes.Date, $"{year:D4}-H{(first ? 1 : 2)}", null, interval, Precision.Year, Anchor.None);
        }),
        // early 2011, the end of 2011
        new(R(@"\b(?<mod>early|mid|late|the end of|the beginning of|the start of|the middle of|the first half of|the second half of)[- ]+(?<y>\d{4})\b", needs: @"\d"), (m, c) =>
        {
            var year = int.Parse(m.Groups["y"].Value);
            var mod = ModOf(m.Groups["mod"].Value)!;
            return new Resolved(TimexTypes.Date, $"{year:D4}", mod, YearPart(year, mod), Precision.Year, Anchor.None);
        }),
        // the 1990s
        new(R(@"\b(?:(?:the\s+)?(?<mod>early|mid|late)[- ]?)?(?<dec>1\d\d0|20\d0)'?s\b", needs: @"\d0'?s"), (m, c) =>
        {
            var start = int.Parse(m.Groups["dec"].Value);
            return new Resolved(TimexTypes.Date, $"{start / 10:D3}", ModOf(m.Groups["mod"].Value), Decade(start), Precision.Decade, Anchor.None);
        }),
        // the 19th century
        new(R(@"\b(?:the\s+)?(?<n>\d{1,2})(?:st|nd|rd|th)\s+century\b", needs: @"century"), (m, c) =>
        {
            var n = int.Parse(m.Groups["n"].Value);
            return n is < 1 or > 21 ? null : new Resolved(TimexTypes.Date, $"{n - 1:D2}", null, Century(n - 1), Precision.Century, Anchor.None);
        }),
        // the third quarter (of 2011)
        // the year-earlier third quarter, next year's first quarter
        new(R(@"\b(?:(?:the\s+)?(?<ago>year-(?:ago|earlier))\s+|(?<rel>this|last|next)\s+year's\s+|the\s+(?<y>\d{4})\s+|the\s+(?=(?:fiscal[\s-]+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)\s))?(?:fiscal[\s-]+)?(?<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter(?:\s+of\s+(?<y>\d{4}))?\b", needs: @"quarter"), Quarter),
        // this summer, last winter, summer 2011, the summer of 2011
        new(R(@"\b(?:(?<rel>this|last|next|the|this\s+past)\s+)?(?<s>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?<y>\d{4}))?\b", needs: @"spring|summer|autumn|fall|winter"), Season),
        // 2011 standing alone
        new(R(@"(?<![\d$£€.,])\b(?:fiscal\s+)?(?<y>1[5-9]\d\d|20\d\d)\b(?![\d%]|,\d|\s+[a-z]+s\b)", needs: @"\d\d\d\d"), (m, c) =>
        {
            var year = int.Parse(m.Groups["y"].Value);
            return new Resolved(TimexTypes.Date, $"{year:D4}", null, Year(year), Precision.Year, Anchor.None);
        }),
        // the end of the year, year-end, the start of this month
        new(R(@"\b(?:(?:the\s+)?(?<mod>end|beginning|start|middle)\s+of\s+(?:the|this)\s+(?<unit>year|month|week)|(?<unit>year)(?:[- ]end|'s\s+end)(?!\s+(?:of|on|in)\s+\w+\s+\d))\b", needs: @"end\b|beginning|start|middle"), (m, c) =>
        {
            if (Now(c) is not { } now)
            {
                return null;
            }

            var (value, unit) = UnitContaining(now, m.Groups["unit"].Value);
            var mod = m.Groups["mod"].Success ? ModOf("the " + m.Groups["mod"].Value + " of") : "END";
            return new Resolved(TimexTypes.Date, value, mod, unit, unit.Precision, AnchorOf(c));
        }),
        // the year two thousand
        new(R(@"\bthe\s+year\s+two\s+thousand(?:\s+and\s+(?<unit>one|two|three|four|five|six|seven|eight|nine))?\b", needs: @"thousand"), (m, c) =>
        {
            var year = 2000 + (m.Groups["unit"].Success ? SpokenUnits[m.Groups["unit"].Value.ToLowerInvariant()] : 0);
            return new Resolved(TimexTypes.Date, $"{year:D4}", null, Year(year), Precision.Year, Anchor.None);
        }),
        // 241 BC, 9 B.C.E., AD 43
        new(R(@"\b(?<y>\d{1,4})\s*(?<era>BCE?|B\.C\.(?:E\.)?|AD|A\.D\.|CE)(?![A-Za-z])|\b(?<era>AD|A\.D\.)\s*(?<y>\d{1,4})\b", ignoreCase: false, needs: @"\d"), (m, c) =>
        {
            var yearOfEra = int.Parse(m.Groups["y"].Value);
            if (yearOfEra is < 1 or > 9998)
            {
                return null;
            }

            var year = m.Groups["era"].Value.StartsWith('B') ? 1 - yearOfEra : yearOfEra;
            return new Resolved(TimexTypes.Date, YearValue(year), null, Year(year), Precision.Year, Anchor.None);
        }),
        // a year said aloud, as broadcast transcripts write it: "nineteen ninety-six"
        new(R(@"\bnineteen\s+(?<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?<unit>one|two|three|four|five|six|seven|eight|nine))?\b", needs: @"nineteen"), (m, c) =>
        {
            var year = 1900 + 10 * SpokenTens[m.Groups["tens"].Value.ToLowerInvariant()] + (m.Groups["unit"].Success ? SpokenUnits[m.Groups["unit"].Value.ToLowerInvariant()] : 0);
            return new Resolved(TimexTypes.Date, $"{year:D4}", null, Year(year), Precision.Year, Anchor.None);
        }),
        // on the 26th: a day of the month the reference date is in, or of the month before when that day is still to come
        new(R(@"\bthe\s+(?<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:century|centuries|anniversary|amendment|floor|time|times|day|of|percent|birthday|minute|round|division|brigade|regiment|army|corps|street|avenue|parallel|congress|dynasty|place|fleet|infantry|armored|armoured|district|ward|precinct|largest|biggest|consecutive|straight|annual|hole|inning|seed|circuit|hour|grade|edition|session|term|year|week|month|race|game|stage|generation|state|member|country|person|man|woman)\b)", needs: @"\d(?:st|nd|rd|th)"), (m, c) =>
        {
            var day = int.Parse(m.Groups["d"].Value);
            if (c.Reference is not { } r)
            {
                return null;
            }

            var month = day <= r.Day || c.Tense == Tense.Future ? r : r.PlusMonths(-1);
            if (c.Tense == Tense.Future && day < r.Day)
            {
                month = r.PlusMonths(1);
            }

            if (day > DaysIn(month.Year, month.Month))
            {
                return null;
            }

            var date = new LocalDate(month.Year, month.Month, day);
            return new Resolved(TimexTypes.Date, DayValue(date), null, WorldDate.Day(date), Precision.Day, Anchor.ReferenceDate);
        }),
        // today, yesterday, tomorrow, tonight
        new(R(@"\b(?<w>today|yesterday|tomorrow|tonight)(?:\s+(?<part>morning|afternoon|evening|night))?\b", needs: @"today|yesterday|tomorrow|tonight"), Deictic),
        // this morning, last night
        new(R(@"\b(?<w>this|last)\s+(?<part>morning|afternoon|evening|night)\b", needs: @"morning|afternoon|evening|night"), Deictic),
        // the present, the past, the future
        new(R(@"\b(?:now|right now|at present|currently|nowadays)\b", needs: @"now|present|current"), (m, c) => new Resolved(TimexTypes.Date, "PRESENT_REF", null, c.Reference is { } r ? WorldDate.Day(r) : null, Precision.Day, c.Reference is null ? Anchor.None : Anchor.ReferenceDate)),
        new(R(@"\bthe\s+(?:(?:near|distant|foreseeable|recent)\s+)?(?<w>past|future)\b(?!\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|day|decade|century|tense))", needs: @"past|future"), (m, c) =>
            new Resolved(TimexTypes.Date, m.Groups["w"].Value.ToLowerInvariant() == "past" ? "PAST_REF" : "FUTURE_REF", null, null, Precision.Unknown, Anchor.None)),
        new(R(@"\b(?:(?:in\s+)?the\s+coming|coming|future)\s+(?:days|weeks|months|quarters|years)\b", needs: @"coming|future"), (m, c) => new Resolved(TimexTypes.Date, "FUTURE_REF", null, null, Precision.Unknown, Anchor.None)),
        // recently, lately
        new(R(@"\b(?:recently|lately)\b", needs: @"recent|lately"), (m, c) => new Resolved(TimexTypes.Date, "PAST_REF", null,
            c.Reference is { } r ? new WorldDate(r.PlusMonths(-3), r, Precision.Month) : null, Precision.Month, c.Reference is null ? Anchor.None : Anchor.ReferenceDate)),
        // last week, next month, this year, the previous day
        new(R(@"\b(?:(?<part>early|late|mid)[- ]+)?(?:the\s+)?(?<rel>this|last|next|coming|previous|following|current)\s+(?<unit>day|week|month|year|decade)\b", needs: @"day|week|month|year|decade"), (m, c) =>
            RelativeUnit(m, c) is { } r && m.Groups["part"].Success ? r with { Mod = ModOf(m.Groups["part"].Value) } : RelativeUnit(m, c)),
        // the year-ago quarter, year-earlier (results): "the" belongs to the expression only with its noun
        new(R(@"\b(?:the\s+(?:comparable\s+|corresponding\s+)?year-(?:ago|earlier)\s+(?:period|quarter)|year-(?:ago|earlier)(?:\s+(?:period|quarter))?)\b", needs: @"year-"), (m, c) =>
            SameQuarterAYearBefore(c) ?? Offset(c, "year", -1, fromPrevious: false)),
        new(R(@"\bthe\s+(?<unit>day|week|month|year)\s+(?<dir>before|after)\b(?!\s+(?:the|a|his|her|their|its)\b|\s+\d)", needs: @"before|after"), (m, c) =>
            Offset(c, m.Groups["unit"].Value, m.Groups["dir"].Value == "before" ? -1 : 1, fromPrevious: true)),
        // "a year ago today": that very day, so many units before the reference date
        new(R(@"\b(?<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?<unit>week|month|year)s?\s+ago\s+today\b", needs: @"ago"), (m, c) =>
            c.Reference is { } r && Number(m.Groups["n"].Value) is var n && n > 0 && Shift(r, m.Groups["unit"].Value, -(int)n) is var day
                ? new Resolved(TimexTypes.Date, DayValue(day), null, WorldDate.Day(day), Precision.Day, Anchor.ReferenceDate)
                : null),
        // two weeks ago, three days later, a year earlier
        new(R(@"\b" + Approx + Num + @"\s+(?<unit>day|week|month|year|decade)s?\s+(?<dir>ago|earlier|later|previously|before that)\b", needs: @"ago|earlier|later|previously|before"), (m, c) =>
        {
            var n = Number(m.Groups["n"].Value);
            var dir = m.Groups["dir"].Value.ToLowerInvariant();
            if (n < 0)
            {
                // "several years ago": some time in the past, between one unit and a few ago.
                return dir == "ago"
                    ? new Resolved(TimexTypes.Date, "PAST_REF", null, c.Reference is { } r ? new WorldDate(Shift(r, m.Groups["unit"].Value, -UpperBound(m.Groups["n"].Value)), Shift(r, m.Groups["unit"].Value, -1), Precision.Unknown) : null, Precision.Unknown, c.Reference is null ? Anchor.None : Anchor.ReferenceDate)
                    : null;
            }

            var sign = dir is "later" or "after" ? 1 : -1;
            var yearBefore = n == 1 && sign < 0 && UnitLetter(m.Groups["unit"].Value) == "Y" ? SameQuarterAYearBefore(c) : null;
            var resolved = yearBefore ?? Offset(c, m.Groups["unit"].Value, sign * n, fromPrevious: dir != "ago");
            if (resolved is null && dir != "ago" && UnitLetter(m.Groups["unit"].Value) is "D" or "W")
            {
                // "four days later" after a month-precise date: a day, but which one the text does not say
                return new Resolved(TimexTypes.Date, "XXXX-XX-XX", ApproxMod(m), null, Precision.Day, Anchor.None);
            }

            return resolved is null ? null : resolved with { Mod = ApproxMod(m) };
        }),
        // that day, later that year, the same day, the next morning: the last date mentioned
        new(R(@"\b(?:(?<which>earlier|later)\s+)?(?:that|the)\s+(?:very\s+)?same\s+(?<unit>day|week|month|year)\b|\b(?:(?<which>earlier|later)\s+)?that\s+(?:same\s+)?(?<unit>day|week|month|year)\b", needs: @"same|that"), (m, c) =>
            Offset(c, m.Groups["unit"].Value, 0, fromPrevious: true, requirePrevious: true)),
        new(R(@"\bthe\s+(?<rel>next|following|previous)\s+(?<part>morning|afternoon|evening|night)\b", needs: @"morning|afternoon|evening|night"), (m, c) =>
            Offset(c, "day", m.Groups["rel"].Value.Equals("previous", StringComparison.OrdinalIgnoreCase) ? -1 : 1, fromPrevious: true, requirePrevious: true)),
        // last October, this January, next March; January this year, June last year
        new(R(@"\b(?<rel>(?i:last|this|next))\s+" + MonthNames + @"\b(?!\s+\d)", ignoreCase: false, needs: @"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"), RelativeMonth),
        new(R(MonthNames + @"\s+(?<rel>(?i:last|this|next))\s+(?i:year)\b", ignoreCase: false, needs: @"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"), RelativeMonth),
        // "November 26 last year", "26 November last year": a day of a year counted from the reference
        new(R(@"\b(?:" + MonthNames + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?|(?<day>\d{1,2})(?:st|nd|rd|th)?\s+" + MonthNames + @")\s+(?<rel>(?i:last|this|next))\s+(?i:year)\b", ignoreCase: false, needs: @"year"), (m, c) =>
        {
            if (RelativeMonth(m, c) is not { Interval: { } month } || !int.TryParse(m.Groups["day"].Value, out var day) || day < 1 || day > DaysIn(month.Start.Year, month.Start.Month))
            {
                return null; // "February 30 last year" is no day
            }

            var date = new LocalDate(month.Start.Year, month.Start.Month, day);
            return new Resolved(TimexTypes.Date, DayValue(date), null, WorldDate.Day(date), Precision.Day, AnchorOf(c));
        }),
        // holidays
        new(R(@"\b(?<h>Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)|Thanksgiving(?: Day)?|Election Day|Independence Day|Easter(?: Sunday)?|Valentine's Day|Halloween|Labor Day|Memorial Day)\b", ignoreCase: false, needs: @"christmas|new year|thanksgiving|election day|independence day|easter|valentine|halloween|labor day|memorial day"), Holiday),
        // (at|over) the weekend, last weekend, this weekend: a Saturday and Sunday
        new(R(@"\b(?:the|(?<rel>last|this|next))\s+weekend\b", needs: @"weekend"), Weekend),
        // for weeks, in years: a vague duration (the preposition is context, not part of the expression)
        new(R(@"\b(?:for|in|over|within|after|lasting)\s+(?<span>(?<unit>days|weeks|months|years|decades))\b(?!\s+(?:of|ago|earlier|later|before|after))", needs: @"days|weeks|months|years|decades"), (m, c) =>
            new Resolved(TimexTypes.Duration, $"PX{UnitLetter(m.Groups["unit"].Value)}", null, null, Precision.Unknown, Anchor.None)),
        // earlier this year, later this month
        new(R(@"\b(?<which>earlier|later)\s+(?:in\s+)?(?:this|the)\s+(?<unit>week|month|year)\b", needs: @"earlier|later"), (m, c) =>
        {
            if (Now(c) is not { } now)
            {
                return null;
            }

            var (value, unit) = UnitContaining(now, m.Groups["unit"].Value);
            var earlier = m.Groups["which"].Value.Equals("earlier", StringComparison.OrdinalIgnoreCase);
            var interval = earlier ? new WorldDate(unit.Start, now, unit.Precision) : new WorldDate(now, unit.End, unit.Precision);
            return new Resolved(TimexTypes.Date, value, earlier ? "START" : "END", interval, unit.Precision, AnchorOf(c));
        }),
        // (on) Tuesday, last Friday, next Monday
        new(R(@"\b(?:(?<rel>(?i:last|next|this\s+coming|this\s+past|this|coming|past))\s+)?" + Weekdays + @"\b(?:\s+(?<part>(?i:morning|afternoon|evening|night)))?", ignoreCase: false, needs: @"monday|tuesday|wednesday|thursday|friday|saturday|sunday"), Weekday),
        // in the last few weeks, the past three months, recent weeks
        new(R(@"\b(?:the\s+)?(?:last|past)\s+(?:" + Num + @"\s+)?(?<unit>days|weeks|months|years|decades)\b", needs: @"last|past"), RecentSpan),
        new(R(@"\brecent\s+(?<unit>days|weeks|months)\b", needs: @"recent"), RecentSpan),
        // "in recent years" is some time before now, not a length
        new(R(@"\b(?:recent|past)\s+years\b", needs: @"recent years|past years"), (m, c) => new Resolved(TimexTypes.Date, "PAST_REF", null,
            c.Reference is { } r ? new WorldDate(r.PlusYears(-5), r, Precision.Year) : null, Precision.Year, c.Reference is null ? Anchor.None : Anchor.ReferenceDate)),
        // months-long, three weeks, several years
        new(R(@"\b(?<unit>day|week|month|year|decade)s-long\b", needs: @"s-long"), (m, c) =>
            new Resolved(TimexTypes.Duration, UnitLetter(m.Groups["unit"].Value) == "DE" ? "PXY" : $"PX{UnitLetter(m.Groups["unit"].Value)}", null, null, Precision.Unknown, Anchor.None)),
        // the 1988 period, the latest period: in a story about a quarter's results, that quarter (of that year)
        new(R(@"\bthe\s+(?:(?<y>\d{4})|latest|most\s+recent)\s+(?:period|quarter)\b", needs: @"period|quarter"), (m, c) =>
        {
            if (!m.Groups["y"].Success && c.Reference is { } r)
            {
                return QuarterOf(r, current: false);
            }

            if (c.Quarter is not { } q)
            {
                return null;
            }

            var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value) : q.Start.Year;
            var quarter = (q.Start.Month - 1) / 3 + 1;
            return new Resolved(TimexTypes.Date, $"{year:D4}-Q{quarter}", null, CalendarMath.Quarter(year, quarter), Precision.Quarter, Anchor.PreviousExpression);
        }),
        // the latest quarter: in company news, the last quarter completed before the reference date
        new(R(@"\bthe\s+(?<which>latest|most recent|recent|current|past|previous|last|quarter)(?:\s+quarter)?\b(?!\s+(?:of|century|mile|inch|hour|point|percent))", needs: @"quarter"), LatestQuarter),
        // "a 16-hour siege" is a duration; "a 6-year-old" is an age.
        // "the 30-day period": the hyphenated adjective is the expression, without its article
        new(R(@"\b" + Approx + @"(?<span>(?:the\s+(?:(?:first|next|last|past|coming|previous|following)\s+)?)?" + Num + @"(?<half>\s+(?:1/2|and a half))?(?:\s+(?:more|additional|extra|further))?\s+(?<unit>minute|hour|day|week|month|year|decade|centur(?:y|ie))s?(?:-long)?|" + Num + @"-(?<unit>minute|hour|day|week|month|year|decade|centur(?:y|ie))s?(?:-long)?)\b(?!-old|\s+(?:old|of age))", needs: @"minute|hour|day|week|month|year|decade|centur"), Duration),
        // every Friday, each week, weekly
        new(R(@"\b(?:every|each)\s+(?:(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?<unit>day|week|month|year))\b", needs: @"every|each"), (m, c) =>
            new Resolved(TimexTypes.Set, m.Groups["wd"].Success ? $"XXXX-WXX-{WeekdayNumber(m.Groups["wd"].Value)}" : $"P1{UnitLetter(m.Groups["unit"].Value)}", null, null, Precision.Unknown, Anchor.None)),
        new(R(@"\b(?<adv>daily|weekly|monthly|annually|yearly)\b", needs: @"daily|weekly|monthly|annually|yearly"), (m, c) =>
            new Resolved(TimexTypes.Set, m.Groups["adv"].Value.ToLowerInvariant() switch { "daily" => "P1D", "weekly" => "P1W", "monthly" => "P1M", _ => "P1Y" }, null, null, Precision.Unknown, Anchor.None)),
        // 10 a.m., 3:30 p.m.
        // 10 a.m., 3:30 p.m., noon Thursday, 5 p.m. EST Nov. 9
        new(R(@"(?:\b(?<h>\d{1,2})(?::(?<min>\d{2}))?\s*(?<ap>a\.m\.|p\.m\.|am\b|pm\b)|\b(?<noon>noon|midnight)(?=,?\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow)))(?:\s*\(?(?<tz>[ECMP][SD]T|GMT|UTC)\)?)?(?:,?\s+(?:on\s+)?(?:" + Weekdays + @"|(?<w>today|yesterday|tomorrow)|" + MonthNames + @"\s+(?<d2>\d{1,2})\b))?", needs: @"\d|noon|midnight"), TimeOfDay),
    ];

    private static Resolved? FullDate(int year, int month, int day) =>
        IsValid(year, month, day)
            ? new Resolved(TimexTypes.Date, DayValue(new LocalDate(year, month, day)), null, WorldDate.Day(new LocalDate(year, month, day)), Precision.Day, Anchor.None)
            : null; // February 30 is not a date

    private static Resolved? MonthDate(Match m, Context c)
    {
        var month = ArticlesMonth(m.Groups["month"].Value);
        var dayText = m.Groups["d1"].Success ? m.Groups["d1"].Value : m.Groups["d2"].Success ? m.Groups["d2"].Value : null;
        int? day = dayText is null ? null : int.Parse(dayText);
        // "Nov. 25-26, 2011": two days, valued by the first ("6-7 January 1916" stays two expressions, as TimeML tags it)
        int? lastDay = m.Groups["d3"].Success ? int.Parse(m.Groups["d3"].Value) : null;
        var mod = ModOf(m.Groups["mod"].Value);
        var hasYear = m.Groups["y"].Success;
        if (!hasYear && day is null && mod is null && !IntroducesMonth(c.Sentence, m.Index))
        {
            return null; // "May" alone is far more often the verb
        }

        if (day is > 31 or < 1)
        {
            return null;
        }

        // "July of that year": the year of the last date told of
        var year = hasYear ? int.Parse(m.Groups["y"].Value) : m.Groups["that"].Success ? c.Previous?.Start.Year : YearFor(c, month, day);
        var anchor = hasYear || year is null ? Anchor.None : m.Groups["that"].Success ? Anchor.PreviousExpression : AnchorOf(c);
        var precision = day is not null ? Precision.Day : mod is not null ? Precision.MonthPart : Precision.Month;
        var yearText = year is { } y ? $"{y:D4}" : "XXXX";
        if (day is { } d)
        {
            if (year is { } yy && !IsValid(yy, month, d) || year is null && d > DaysIn(2000, month))
            {
                return null;
            }

            var value = $"{yearText}-{month:D2}-{d:D2}";
            var days = year is { } yd ? WorldDate.Day(new LocalDate(yd, month, d)) : null;
            if (days is not null && lastDay is { } last && last > d && IsValid(days.Start.Year, month, last))
            {
                days = new WorldDate(days.Start, new LocalDate(days.Start.Year, month, last), Precision.Day);
            }

            return WithPartOfDay(new Resolved(TimexTypes.Date, value, null, days, precision, anchor), m.Groups["part"].Value);
        }

        var interval = year is { } ym ? mod is null ? Month(ym, month) : MonthPart(ym, month, mod) : null;
        return new Resolved(TimexTypes.Date, $"{yearText}-{month:D2}", mod, interval, precision, anchor);
    }

    /// <summary>"A year ago" in a story about a quarter's results: the same quarter of the year before.</summary>
    private static Resolved? SameQuarterAYearBefore(Context c)
    {
        if (c.Quarter is not { } q)
        {
            return null;
        }

        var year = q.Start.Year - 1;
        var quarter = (q.Start.Month - 1) / 3 + 1;
        return new Resolved(TimexTypes.Date, $"{year:D4}-Q{quarter}", null, CalendarMath.Quarter(year, quarter), Precision.Quarter, Anchor.PreviousExpression);
    }

    private static Resolved? LatestQuarter(Match m, Context c)
    {
        var which = m.Groups["which"].Value.ToLowerInvariant();
        if (which != "quarter" && !m.Value.EndsWith("quarter", StringComparison.OrdinalIgnoreCase) || c.Reference is not { } r)
        {
            return null; // "the latest" alone is not a quarter
        }

        return QuarterOf(r, current: which == "current");
    }

    /// <summary>The quarter under way on a day, or the last one completed before it.</summary>
    private static Resolved QuarterOf(LocalDate r, bool current)
    {
        var now = (r.Month - 1) / 3 + 1;
        var (year, quarter) = current ? (r.Year, now) : now == 1 ? (r.Year - 1, 4) : (r.Year, now - 1);
        return new Resolved(TimexTypes.Date, $"{year:D4}-Q{quarter}", null, CalendarMath.Quarter(year, quarter), Precision.Quarter, Anchor.ReferenceDate);
    }

    private static Resolved? Weekend(Match m, Context c)
    {
        if (c.Reference is not { } r)
        {
            return null;
        }

        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        var future = rel == "next" || rel != "last" && c.Tense == Tense.Future;
        var saturday = future ? r.Next(IsoDayOfWeek.Saturday)
            : r.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday && rel != "last" ? r.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Saturday))
            : r.Previous(IsoDayOfWeek.Saturday);
        var interval = new WorldDate(saturday, saturday.PlusDays(1), Precision.Week);
        return new Resolved(TimexTypes.Date, WeekValue(saturday) + "-WE", null, interval, Precision.Week, Anchor.ReferenceDate);
    }

    private static Resolved? RelativeMonth(Match m, Context c)
    {
        if (Now(c) is not { } now)
        {
            return null;
        }

        var month = ArticlesMonth(m.Groups["month"].Value);
        var year = m.Groups["rel"].Value.ToLowerInvariant() switch
        {
            // "last February" written on 1 March is a year back: the month just gone is "last month".
            "last" => month < now.Month - 1 ? now.Year : now.Year - 1,
            "next" => month > now.Month ? now.Year : now.Year + 1,
            _ => now.Year,
        };
        if (m.Value.EndsWith("year", StringComparison.OrdinalIgnoreCase))
        {
            // "June last year" counts years, not months
            year = now.Year + m.Groups["rel"].Value.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 };
        }

        return new Resolved(TimexTypes.Date, MonthValue(year, month), null, Month(year, month), Precision.Month, AnchorOf(c));
    }

    private static Resolved? Holiday(Match m, Context c)
    {
        var name = m.Groups["h"].Value;
        Func<int, LocalDate> dayIn = name switch
        {
            "Christmas" or "Christmas Day" => y => new LocalDate(y, 12, 25),
            "Christmas Eve" => y => new LocalDate(y, 12, 24),
            "New Year's Day" => y => new LocalDate(y, 1, 1),
            "New Year's Eve" => y => new LocalDate(y, 12, 31),
            "Independence Day" => y => new LocalDate(y, 7, 4),
            "Valentine's Day" => y => new LocalDate(y, 2, 14),
            "Halloween" => y => new LocalDate(y, 10, 31),
            "Labor Day" => y => new LocalDate(y, 9, 1).With(DateAdjusters.NextOrSame(IsoDayOfWeek.Monday)),
            "Memorial Day" => y => new LocalDate(y, 5, 31).With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)),
            "Election Day" => y => new LocalDate(y, 11, 2).With(DateAdjusters.NextOrSame(IsoDayOfWeek.Tuesday)),
            "Easter" or "Easter Sunday" => EasterSunday,
            _ => y => new LocalDate(y, 11, 1).With(DateAdjusters.NextOrSame(IsoDayOfWeek.Thursday)).PlusWeeks(3), // Thanksgiving (US)
        };
        if (Now(c) is not { } now)
        {
            return new Resolved(TimexTypes.Date, "XXXX-XX-XX", null, null, Precision.Day, Anchor.None);
        }

        var candidates = new[] { now.Year - 1, now.Year, now.Year + 1 }.Select(dayIn).ToList();
        var day = c.Tense switch
        {
            Tense.Future => candidates.First(d => d >= now),
            Tense.Past => candidates.Last(d => d <= now),
            _ => candidates.OrderBy(d => Math.Abs(Period.Between(now, d, PeriodUnits.Days).Days)).First(),
        };
        return new Resolved(TimexTypes.Date, DayValue(day), null, WorldDate.Day(day), Precision.Day, AnchorOf(c));
    }

    /// <summary>Western Easter Sunday (the anonymous Gregorian computus).</summary>
    private static LocalDate EasterSunday(int y)
    {
        int a = y % 19, b = y / 100, cc = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = cc / 4, k = cc % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451, month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new LocalDate(y, month, day);
    }

    private static bool IntroducesMonth(string sentence, int index)
    {
        var before = TrailingWord(sentence, index);
        return index == 0 || before is "in" or "on" or "that" or "late" or "early" or "for" or "the" or "a" or "each" or "every" or "since" or "since" or "until" or "till" or "by" or "during" or "of" or "from" or "to" or "through"
            or "last" or "next" or "this" or "before" or "after" or "early" or "late" or "mid" or "between" or "and";
    }

    /// <summary>The word that ends right before <paramref name="index"/>, lower-cased.</summary>
    /// <summary>
    /// "was freed on March 16", "On January 27, ... shot dead": the date is the day of a past verb, not of something the
    /// speaker announced ("said the hearing would be held on Feb. 10").
    /// </summary>
    private static bool OnTheDay(string sentence, int start)
    {
        if (TrailingWord(sentence, start) != "on")
        {
            return false;
        }

        var on = sentence.LastIndexOf("on", start, StringComparison.OrdinalIgnoreCase);
        if (on < 0)
        {
            return false;
        }

        if (sentence[..on].Trim(' ', '"', '“', '(').Length == 0)
        {
            return true;
        }

        // "freed the contractor on March 16": a past verb among the few words before "on", with no modal or infinitive that
        // puts it ahead ("will redeem ... preferred shares on Oct. 31")
        var words = sentence[Math.Max(0, on - 60)..on].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '"', '“', '”').ToLowerInvariant()).ToArray();
        var near = words.Skip(Math.Max(0, words.Length - 4)).ToArray();
        var verb = Array.FindLastIndex(near, w => VerbBeforeOn().IsMatch(w));
        var before = words.Length - near.Length + verb - 1;
        return verb >= 0 && !(before >= 0 && words[before] is "be" or "been") && !words.Any(w => w is "to" or "would" or "will" or "shall");
    }

    private static string TrailingWord(string text, int index)
    {
        var end = index;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && end - start < 20 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text[start..end].ToLowerInvariant();
    }

    private static int ArticlesMonth(string name) => Articles.ArticleCleaner.MonthNumber(name);

    private static Resolved? Quarter(Match m, Context c)
    {
        var q = m.Groups["q"].Value.ToLowerInvariant() switch
        {
            "first" or "1st" => 1,
            "second" or "2nd" => 2,
            "third" or "3rd" => 3,
            _ => 4,
        };
        var shift = m.Groups["ago"].Success ? -1 : m.Groups["rel"].Value.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 };
        int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value) : Now(c)?.Year + shift;
        return new Resolved(TimexTypes.Date, $"{(year is { } y ? $"{y:D4}" : "XXXX")}-Q{q}", null,
            year is { } yy ? CalendarMath.Quarter(yy, q) : null, Precision.Quarter, m.Groups["y"].Success ? Anchor.None : AnchorOf(c));
    }

    private static Resolved? Season(Match m, Context c)
    {
        var code = SeasonCode(m.Groups["s"].Value);
        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        rel = rel.StartsWith("this ") ? "last" : rel; // "this past spring"
        int? year;
        if (m.Groups["y"].Success)
        {
            year = int.Parse(m.Groups["y"].Value);
        }
        else if (rel is "this" or "last" or "next" && Now(c) is { } now)
        {
            var current = now.Month is 12 or 1 or 2 ? (now.Month == 12 ? now.Year : now.Year - 1) : now.Year;
            year = rel switch { "last" => current - 1, "next" => current + 1, _ => current };
            // "last summer" read in May is the previous year's summer; read in October it is this year's.
            if (rel == "last" && Array.IndexOf(SeasonCodes, code) < Array.IndexOf(SeasonCodes, CurrentSeason(now)))
            {
                year = current;
            }
        }
        else if (rel == "the" || IntroducesMonth(c.Sentence, m.Index) || m.Index == 0 && code != "FA")
        {
            // "the summer", "in winter": the season of the year the context gives, as for a month alone.
            year = YearFor(c, code switch { "SP" => 4, "SU" => 7, "FA" => 10, _ => 1 }, null);
            if (year is null)
            {
                return new Resolved(TimexTypes.Date, $"XXXX-{code}", null, null, Precision.Season, Anchor.None);
            }
        }
        else
        {
            return null; // "fall" and "winter" alone are too often not dates
        }

        return new Resolved(TimexTypes.Date, $"{year:D4}-{code}", null, CalendarMath.Season(year!.Value, code), Precision.Season,
            m.Groups["y"].Success ? Anchor.None : AnchorOf(c));
    }

    private static string CurrentSeason(LocalDate d) => d.Month switch
    {
        3 or 4 or 5 => "SP",
        6 or 7 or 8 => "SU",
        9 or 10 or 11 => "FA",
        _ => "WI",
    };

    private static Resolved? Deictic(Match m, Context c)
    {
        var word = m.Groups["w"].Value.ToLowerInvariant();
        if (c.Reference is not { } r)
        {
            return null;
        }

        var day = word switch { "yesterday" or "last" => r.PlusDays(-1), "tomorrow" => r.PlusDays(1), _ => r };
        var part = word == "tonight" ? "night" : m.Groups["part"].Value;
        return WithPartOfDay(new Resolved(TimexTypes.Date, DayValue(day), null, WorldDate.Day(day), Precision.Day, Anchor.ReferenceDate), part);
    }

    /// <summary>"Friday night" is a time of that day: TIMEX3 writes the part of the day as TMO, TAF, TEV or TNI.</summary>
    private static Resolved WithPartOfDay(Resolved day, string part) => part.ToLowerInvariant() switch
    {
        "morning" => day with { Type = TimexTypes.Time, Value = day.Value + "TMO" },
        "afternoon" => day with { Type = TimexTypes.Time, Value = day.Value + "TAF" },
        "evening" => day with { Type = TimexTypes.Time, Value = day.Value + "TEV" },
        "night" => day with { Type = TimexTypes.Time, Value = day.Value + "TNI" },
        _ => day,
    };

    private static Resolved? RelativeUnit(Match m, Context c)
    {
        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        var unit = m.Groups["unit"].Value;
        return rel switch
        {
            "this" or "current" => Offset(c, unit, 0, fromPrevious: false),
            "last" => Offset(c, unit, -1, fromPrevious: false),
            // "released the next day" counts from the day just told of; "next week" from the report
            "next" when unit.Equals("day", StringComparison.OrdinalIgnoreCase) && m.Value.Contains("the next", StringComparison.OrdinalIgnoreCase) =>
                Offset(c, unit, 1, fromPrevious: true),
            "next" or "coming" => Offset(c, unit, 1, fromPrevious: false),
            "previous" => Offset(c, unit, -1, fromPrevious: true),
            _ => Offset(c, unit, 1, fromPrevious: true), // following
        };
    }

    /// <summary>The calendar unit n units away from now (deictic) or from the last date mentioned (anaphoric).</summary>
    private static Resolved? Offset(Context c, string unit, int n, bool fromPrevious, bool requirePrevious = false)
    {
        LocalDate? origin;
        Anchor anchor;
        if (requirePrevious && c.Previous is null)
        {
            return null;
        }

        if (fromPrevious && c.Previous is { } p)
        {
            origin = p.Precision == Precision.Day ? p.Start : null;
            if (origin is null && UnitLetter(unit) is "D" or "W")
            {
                return null; // "the previous day" of a month-precise date is not knowable
            }

            origin ??= p.Start;
            anchor = Anchor.PreviousExpression;
        }
        else
        {
            origin = c.Reference;
            anchor = Anchor.ReferenceDate;
        }

        if (origin is not { } o)
        {
            return null;
        }

        var (value, interval) = UnitContaining(Shift(o, unit, n), unit);
        return new Resolved(TimexTypes.Date, value, null, interval, interval.Precision, anchor);
    }

    private static Resolved? Weekday(Match m, Context c)
    {
        var target = (IsoDayOfWeek)WeekdayNumber(m.Groups["wd"].Value);
        if (c.Reference is not { } r)
        {
            return new Resolved(TimexTypes.Date, $"XXXX-WXX-{(int)target}", null, null, Precision.Day, Anchor.None);
        }

        // "this coming Sunday" is the next one, "this past Sunday" the last.
        var rel = string.Join(' ', m.Groups["rel"].Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) switch
        {
            "coming" or "this coming" => "next",
            "past" or "this past" => "last",
            var other => other,
        };
        LocalDate day;
        if (r.DayOfWeek == target && rel is "" or "this")
        {
            day = r; // "on Thursday" in Thursday's paper is that day, whatever the tense
        }
        else if (rel == "next" || rel != "last" && c.Tense == Tense.Future)
        {
            day = r.Next(target);
        }
        else if (rel == "this")
        {
            day = Week(r).Start.PlusDays((int)target - 1);
        }
        else if (r.DayOfWeek == target && rel != "last")
        {
            day = r;
        }
        else
        {
            day = r.Previous(target); // news tells of the past unless the sentence says otherwise
        }

        return WithPartOfDay(new Resolved(TimexTypes.Date, DayValue(day), null, WorldDate.Day(day), Precision.Day, Anchor.ReferenceDate), m.Groups["part"].Value);
    }

    private static int WeekdayNumber(string name) => name.ToLowerInvariant() switch
    {
        "monday" => 1,
        "tuesday" => 2,
        "wednesday" => 3,
        "thursday" => 4,
        "friday" => 5,
        "saturday" => 6,
        _ => 7,
    };

    /// <summary>"the last few weeks": a duration ending at the reference date, and the span it covers.</summary>
    private static Resolved? RecentSpan(Match m, Context c)
    {
        // "the last week" is one week; "recent weeks" or "the past months" without a number are a few.
        var plural = m.Groups["unit"].Value.EndsWith('s');
        var nText = m.Groups["n"].Success ? m.Groups["n"].Value : plural ? "few" : "1";
        var exact = Number(nText);
        var upper = UpperBound(nText);
        if (upper < 0)
        {
            return null;
        }

        var unit = m.Groups["unit"].Value;
        var letter = UnitLetter(unit);
        var value = exact > 0 ? $"P{exact}{letter}" : $"PX{letter}";
        var interval = c.Reference is { } r ? new WorldDate(Shift(r, unit, -upper), r, letter == "D" ? Precision.Day : letter == "W" ? Precision.Week : letter == "M" ? Precision.Month : Precision.Year) : null;
        return new Resolved(TimexTypes.Duration, value, null, interval, interval?.Precision ?? Precision.Unknown, c.Reference is null ? Anchor.None : Anchor.ReferenceDate);
    }

    private static Resolved? Duration(Match m, Context c)
    {
        var n = Number(m.Groups["n"].Value);
        var letter = UnitLetter(m.Groups["unit"].Value);
        if (n == 1 && m.Value.Contains("s-long", StringComparison.OrdinalIgnoreCase))
        {
            n = -1; // "a months-long absence": some months
        }

        var value = letter.StartsWith('T') ? $"PT{(n > 0 ? n.ToString() : "X")}{letter[1]}" : $"P{(n > 0 ? n.ToString() : "X")}{letter}";
        if (letter is "DE" or "CE")
        {
            // TempEval-3 writes decades and centuries in years: "two decades" = P20Y
            value = n > 0 ? $"P{n * (letter == "DE" ? 10 : 100)}Y" : "PXY";
        }

        if (n > 0 && m.Groups["half"].Success)
        {
            // "5 1/2 hours" = PT5H30M, "2 1/2 years" = P2Y6M
            value = letter switch
            {
                "TH" => $"PT{n}H30M",
                "TM" => $"PT{n}M30S",
                "Y" => $"P{n}Y6M",
                "M" => $"P{n}M15D",
                "D" => $"P{n}DT12H",
                _ => value,
            };
        }

        return new Resolved(TimexTypes.Duration, value, ApproxMod(m), null, Precision.Unknown, Anchor.None);
    }

    private static Resolved? TimeOfDay(Match m, Context c)
    {
        int hour, minute;
        if (m.Groups["noon"].Success)
        {
            (hour, minute) = m.Groups["noon"].Value.Equals("noon", StringComparison.OrdinalIgnoreCase) ? (12, 0) : (24, 0);
        }
        else
        {
            hour = int.Parse(m.Groups["h"].Value);
            minute = m.Groups["min"].Success ? int.Parse(m.Groups["min"].Value) : 0;
            if (hour is < 1 or > 12 || minute > 59)
            {
                return null;
            }

            var pm = m.Groups["ap"].Value.StartsWith('p') || m.Groups["ap"].Value.StartsWith('P');
            hour = hour % 12 + (pm ? 12 : 0);
        }

        // The day named with the time ("9 a.m. Tuesday"), else the last day mentioned, else the reference date.
        var named = m.Groups["wd"].Success ? Weekday(m, c) : m.Groups["w"].Success ? Deictic(m, c) : m.Groups["month"].Success ? MonthDate(m, c) : null;
        if (named is not null)
        {
            var date = named.Value.Length >= 10 ? named.Value[..10] : named.Value;
            return named with { Type = TimexTypes.Time, Value = $"{date}T{hour:D2}:{minute:D2}" };
        }

        var day = c.Previous is { Precision: Precision.Day } p ? p.Start : c.Reference;
        var datePart = day is { } d ? DayValue(d) : "XXXX-XX-XX";
        return new Resolved(TimexTypes.Time, $"{datePart}T{hour:D2}:{minute:D2}", null, day is { } dd ? WorldDate.Day(dd) : null, Precision.Day,
            day is null ? Anchor.None : AnchorOf(c));
    }

    [GeneratedRegex(@"\b(?:1[5-9]\d\d|20\d\d)\b|\b(?<bc>\d{1,4})\s*(?:BCE?|B\.C\.)", RegexOptions.None, 10000)]
    private static partial Regex ExplicitYear();

    [GeneratedRegex(@"\b(?:(?:is|are|was|were)\s+(?:planning|expected|scheduled|set|due|going)|will\s+(?:not\s+)?(?:be|have)\s+[a-z]+|will|shall|'ll|going to|plans? to|planned to|planning|intends? to|expected to|set to|slated|scheduled|due to|is to|are to|aims? to|upcoming|would|as (?:early|soon) as)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex FutureCue();

    // Reporting verbs ("said", "told") date the report, not what it tells, so they are no cue; nor are words
    // that only end like a past tense ("the United States", "a hundred", "need", "Ahmed").
    [GeneratedRegex(@"\b(?:was|were|had|did|ago|last|(?!(?:united|reunited|based|associated|related|limited|allied|need|hundred|indeed|succeed|proceed|exceed|speed|seed|feed|reed|bed|red|shed|bloodshed|hatred|kindred|sacred|naked|wicked|rugged|beloved|ahmed|mohamed|mohammed|unidentified|unspecified|undisclosed)\b)[a-z]{2,}ed|said|told|began|became|brought|bought|came|fell|fought|flew|gave|got|grew|held|kept|knew|led|left|lost|made|met|paid|ran|rose|sank|saw|sent|sold|spoke|stood|struck|took|thought|went|won|wrote)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex PastCue();

    [GeneratedRegex(@"^(?:[a-z]+ed|met|died|shot|held|began|took|left|came|went|fell|made|said|told|won|lost|struck|fought|flew|spoke|broke|sent)$", RegexOptions.None, 10000)]
    private static partial Regex VerbBeforeOn();

    [GeneratedRegex(@"\b(?:had|hadn't)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex PastPerfect();
}
