using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Timeline.Contracts;

namespace Timeline.Core.Events;

/// <summary>An actor the registry knows: CAMEO-style code, a display name, ISO-3166 alpha-3 country and sector.</summary>
public sealed record Actor(string Code, string Name, string? Country, string? Sector);

/// <summary>A person's role over a span of days (open ends null), from the PETRARCH2 dictionaries.</summary>
public sealed record PersonRole(string Code, NodaTime.LocalDate? From, NodaTime.LocalDate? To);

/// <summary>A curated event type: PLOVER category and mode, CAMEO code, and the pattern that signals it.</summary>
public sealed record EventType(string Plover, string? Mode, string Cameo, Regex Trigger)
{
    private readonly System.Buffers.SearchValues<string>? needles = TriggerLiterals.Needles(Trigger.ToString());

    /// <summary>False when the text lacks every word the trigger needs: the pattern cannot match it and is not run.</summary>
    public bool MayMatch(string lowerText) => needles is null || lowerText.AsSpan().IndexOfAny(needles) >= 0;
}

/// <summary>The extractor's data, read once from the tables in Data/ (see the credits in each file).</summary>
public sealed partial class Registry
{
    public static Registry Default { get; } = Load();

    private Registry(
        IReadOnlyDictionary<string, Actor> actors,
        IReadOnlyDictionary<string, IReadOnlyList<PersonRole>> persons,
        IReadOnlyDictionary<string, (string Sector, string Suffix)> sectors,
        IReadOnlyDictionary<string, Place> places,
        IReadOnlyList<EventType> eventTypes)
    {
        Actors = actors;
        Persons = persons;
        Sectors = sectors;
        Places = places;
        EventTypes = eventTypes;
        contextBound = eventTypes.Where(t => t.Trigger.ToString() is var p && (p.Contains("(?<!", StringComparison.Ordinal) || p.Contains('^'))).ToHashSet();
        SectorPattern = new Regex(@"\G(?:['’]s)?\s+(?:[a-z-]+\s+)?(?<sector>" + string.Join('|', sectors.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(10));
        actorsByCode = actors.Values.GroupBy(a => a.Code).ToDictionary(g => g.Key, g => g.First() with { Country = Blank(g.First().Country) });
        sides = actors.Values.GroupBy(a => a.Code).ToDictionary(g => g.Key, g => g.FirstOrDefault(a => a.Sector is null) ?? g.First());
        sectorsBySuffix = sectors.Values.GroupBy(v => v.Suffix).ToDictionary(g => g.Key, g => g.First().Sector);
        longestName = actors.Keys.Concat(persons.Keys).Concat(places.Keys).Max(k => k.Split(' ').Length);
        // Every name's leading words ("hillary", "hillary rodham"): a lookup stops as soon as no name can go on.
        namePrefixes = actors.Keys.Concat(persons.Keys).Concat(places.Keys)
            .SelectMany(k => { var w = k.ToLowerInvariant().Split(' '); return Enumerable.Range(1, w.Length - 1).Select(n => string.Join(' ', w.Take(n))); })
            .ToHashSet(StringComparer.Ordinal);
    }

    private readonly int longestName;
    private readonly HashSet<string> namePrefixes;
    private readonly Dictionary<string, Actor> actorsByCode;
    private readonly Dictionary<string, Actor> sides;
    private readonly HashSet<EventType> contextBound;

    /// <summary>A trigger row whose match depends on text before it (a negative lookbehind, an anchor).</summary>
    public bool ContextBound(EventType type) => contextBound.Contains(type);

    /// <summary>The actor a code names as the registry lists it, the whole country or organisation first (PAK, not PAKGOV).</summary>
    public Actor? Side(string code) => sides.GetValueOrDefault(code);
    private readonly Dictionary<string, string> sectorsBySuffix;

    public IReadOnlyDictionary<string, Actor> Actors { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<PersonRole>> Persons { get; }
    public IReadOnlyDictionary<string, (string Sector, string Suffix)> Sectors { get; }
    public IReadOnlyDictionary<string, Place> Places { get; }
    public IReadOnlyList<EventType> EventTypes { get; }
    public Regex SectorPattern { get; }

    /// <summary>Aliases that are acronyms of organisations: a name only when written in capitals ("AMIT", not "Amit").</summary>
    public IReadOnlySet<string> Acronyms { get; private init; } = new HashSet<string>();

    /// <summary>
    /// The country (ISO-3166 alpha-3) and sector an actor code stands for: a registry actor's own, else the code's
    /// parts (PAKMIL → PAK, military). Organisations (IGO…) have no country.
    /// </summary>
    public (string? Country, string? Sector) Describe(string code)
    {
        if (actorsByCode.TryGetValue(code, out var known))
        {
            return (known.Country, known.Sector);
        }

        var side = ActorCodes.Side(code);
        var country = side.StartsWith("IGO", StringComparison.Ordinal) || side.StartsWith("NGO", StringComparison.Ordinal) ? null : side;
        var sector = code.Length > side.Length && sectorsBySuffix.TryGetValue(code[side.Length..], out var s) ? s : null;
        return (country, sector);
    }

    /// <summary>
    /// The longest known names in text[from..to], left to right, without overlaps: word n-grams looked up in
    /// <paramref name="known"/> (lower-cased, single spaces), so tens of thousands of names cost no more than a few.
    /// </summary>
    public IEnumerable<(int Start, int End, string Key)> FindNames(string text, int from, int to, Func<string, bool> known)
    {
        var tokens = new List<(int Index, int End, string Lower)>();
        for (var m = Token().Match(text, from); m.Success && m.Index + m.Length <= to; m = m.NextMatch())
        {
            tokens.Add((m.Index, m.Index + m.Length, m.Value.ToLowerInvariant().Replace('’', '\'')));
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var (best, bestKey, key) = (0, "", "");
            for (var n = 1; n <= Math.Min(longestName, tokens.Count - i); n++)
            {
                if (n > 1 && !IsSpace(text, tokens[i + n - 2].End, tokens[i + n - 1].Index))
                {
                    break;
                }

                key = n == 1 ? tokens[i].Lower : key + " " + tokens[i + n - 1].Lower;
                if (known(key))
                {
                    (best, bestKey) = (n, key);
                }

                if (!namePrefixes.Contains(key))
                {
                    break;
                }
            }

            if (best > 0)
            {
                yield return (tokens[i].Index, tokens[i + best - 1].End, bestKey);
                i += best - 1;
            }
        }
    }

    /// <summary>The actor a person was on a given day: the dated role covering it, else their undated role, else the latest.</summary>
    public Actor? PersonAt(string key, NodaTime.LocalDate? day)
    {
        if (!Persons.TryGetValue(key, out var roles))
        {
            return null;
        }

        // Of the offices held on the day, the latest taken up: a minister who became NATO's secretary general is the latter.
        var role = (day is { } d ? roles.Where(r => r.From is { } f && r.To is { } t && f <= d && d <= t).MaxBy(r => r.From) : null)
            ?? roles.FirstOrDefault(r => r.From is null)
            ?? (day is null ? roles.OrderByDescending(r => r.From).First() : null);
        if (role is null)
        {
            return null; // a name whose every office ended before the day (or began after it) is nobody's office that day
        }

        // Entries such as "us military" name an institution by its country: show it as "United States (military)".
        var firstWord = key.Split(' ')[0];
        var country = key.Contains(' ') && Actors.TryGetValue(firstWord, out var named) && named.Sector is null ? named : null;
        var name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(key);
        var sector = role.Code.Length > 3 ? role.Code[3..] switch
        {
            var c when c.StartsWith("MIL") || c.EndsWith("MIL") => "military",
            var c when c.StartsWith("SPY") => "intelligence",
            var c when c.StartsWith("GOV") || c.StartsWith("LEG") || c.StartsWith("JUD") => "government",
            var c when c.StartsWith("REB") || c.StartsWith("INS") => "rebels",
            _ => "civil",
        } : null;
        if (country is not null)
        {
            name = sector is null ? country.Name : $"{country.Name} ({sector})";
        }

        return new Actor(role.Code, name, role.Code.StartsWith("IGO", StringComparison.Ordinal) ? null : role.Code[..3], sector);
    }

    private static bool IsSpace(string text, int from, int to) => to - from is >= 1 and <= 3 && text.AsSpan(from, to - from).IsWhiteSpace();

    // Words without their possessive: "Pakistan's army" is Pakistan, then a sector.
    [GeneratedRegex(@"(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\-]*", RegexOptions.None, 10000)]
    private static partial Regex Token();

    private static Registry Load()
    {
        var actors = new Dictionary<string, Actor>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in Rows("countries.tsv"))
        {
            var name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(row[2]);
            actors.TryAdd(row[0], new Actor(row[1], name == "United States Of America" ? "United States" : name, row[1], null));
        }

        // Organisations derived from PETRARCH2 (infra/tools/derive-organisations.py); our own actors.tsv has the last word.
        var acronyms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in Rows("organisations.tsv"))
        {
            if (actors.TryAdd(row[0], new Actor(row[1], row[2], null, Blank(row.ElementAtOrDefault(4)))) && row.ElementAtOrDefault(5) == "acronym")
            {
                acronyms.Add(row[0]);
            }
        }

        foreach (var row in Rows("actors.tsv"))
        {
            acronyms.Remove(row[0]);
            actors[row[0]] = new Actor(row[1], row[2], Blank(row[3]), Blank(row.ElementAtOrDefault(4)));
        }

        var persons = Rows("persons.tsv")
            .GroupBy(r => r[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<PersonRole>)g.Select(r => new PersonRole(r[1], Day(r[2]), Day(r[3]))).ToList(), StringComparer.Ordinal);
        var sectors = Rows("sectors.tsv").ToDictionary(r => r[0], r => (r[1], r[2]), StringComparer.OrdinalIgnoreCase);
        var places = Rows("places.tsv").ToDictionary(
            r => r[0],
            r => new Place(r[0], r[1], double.Parse(r[3], CultureInfo.InvariantCulture), double.Parse(r[4], CultureInfo.InvariantCulture)),
            StringComparer.OrdinalIgnoreCase);
        var types = Rows("event-types.tsv")
            .Select(r => new EventType(r[0], Blank(r[1]), r[2], new Regex(r[3], RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(10))))
            .ToList();
        return new Registry(actors, persons, sectors, places, types) { Acronyms = acronyms };
    }

    private static NodaTime.LocalDate? Day(string text) =>
        text.Length == 10 && text != "0001-01-01" && text != "9999-12-31" ? NodaTime.Text.LocalDatePattern.Iso.Parse(text).GetValueOrThrow()
        : text == "0001-01-01" ? NodaTime.LocalDate.MinIsoValue : text == "9999-12-31" ? NodaTime.LocalDate.MaxIsoValue : null;

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static IEnumerable<string[]> Rows(string file)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + file, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line.Split('\t');
            }
        }
    }
}
