using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Timeline.Contracts;

namespace Timeline.Core.Events;

/// <summary>An actor the registry knows: CAMEO-style code, a display name, ISO-3166 alpha-3 country and sector.</summary>
public sealed record Actor(string Code, string Name, string? Country, string? Sector);

/// <summary>A curated event type: PLOVER category and mode, CAMEO code, and the pattern that signals it.</summary>
public sealed record EventType(string Plover, string? Mode, string Cameo, Regex Trigger);

/// <summary>The extractor's data, read once from the tables in Data/ (see the credits in each file).</summary>
public sealed class Registry
{
    public static Registry Default { get; } = Load();

    private Registry(
        IReadOnlyDictionary<string, Actor> actors,
        IReadOnlyDictionary<string, (string Sector, string Suffix)> sectors,
        IReadOnlyDictionary<string, Place> places,
        IReadOnlyList<EventType> eventTypes)
    {
        Actors = actors;
        Sectors = sectors;
        Places = places;
        EventTypes = eventTypes;
        ActorPattern = Alternation(actors.Keys);
        SectorPattern = new Regex(@"\G\s+(?:[a-z-]+\s+)?(?<sector>" + string.Join('|', sectors.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(250));
        PlacePattern = Alternation(places.Keys);
    }

    public IReadOnlyDictionary<string, Actor> Actors { get; }
    public IReadOnlyDictionary<string, (string Sector, string Suffix)> Sectors { get; }
    public IReadOnlyDictionary<string, Place> Places { get; }
    public IReadOnlyList<EventType> EventTypes { get; }
    public Regex ActorPattern { get; }
    public Regex SectorPattern { get; }
    public Regex PlacePattern { get; }

    private static Regex Alternation(IEnumerable<string> names) =>
        new(@"\b(?:" + string.Join('|', names.OrderByDescending(n => n.Length).Select(n => Regex.Escape(n).Replace(@"\ ", @"\s+"))) + @")(?![\w-])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(500));

    private static Registry Load()
    {
        var actors = new Dictionary<string, Actor>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in Rows("countries.tsv"))
        {
            var name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(row[2]);
            actors.TryAdd(row[0], new Actor(row[1], name == "United States Of America" ? "United States" : name, row[1], null));
        }

        foreach (var row in Rows("actors.tsv"))
        {
            actors[row[0]] = new Actor(row[1], row[2], Blank(row[3]), Blank(row.ElementAtOrDefault(4)));
        }

        var sectors = Rows("sectors.tsv").ToDictionary(r => r[0], r => (r[1], r[2]), StringComparer.OrdinalIgnoreCase);
        var places = Rows("places.tsv").ToDictionary(
            r => r[0],
            r => new Place(r[0], r[1], double.Parse(r[3], CultureInfo.InvariantCulture), double.Parse(r[4], CultureInfo.InvariantCulture)),
            StringComparer.OrdinalIgnoreCase);
        var types = Rows("event-types.tsv")
            .Select(r => new EventType(r[0], Blank(r[1]), r[2], new Regex(r[3], RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(250))))
            .ToList();
        return new Registry(actors, sectors, places, types);
    }

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
