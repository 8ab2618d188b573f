using NodaTime;

namespace Timeline.Core.Events;

public static class ActorCodes
{
    /// <summary>
    /// The country part of a CAMEO-style actor code: PAKMIL → PAK. Organisation codes (IGO…) keep their organisation,
    /// since their first letters are not a country, and lose only a sector: ISAF (IGOWSTNATMIL) is NATO's side.
    /// </summary>
    public static string Side(string code) =>
        !code.StartsWith("IGO", StringComparison.Ordinal) ? code.Length > 3 ? code[..3] : code
        : code.Length >= 9 && SectorSuffixes.Contains(code[^3..]) ? code[..^3] : code;

    private static readonly HashSet<string> SectorSuffixes = ["MIL", "GOV", "SPY", "COP", "LEG", "CVL", "JUD"];

    /// <summary>
    /// Whether two actors can be the same party to one event: the same side, or NATO and a state that was a member on
    /// that day (one outlet writes "NATO aircraft", another "US aircraft", for the same strike).
    /// </summary>
    public static bool SameParty(string a, string b, LocalDate? day)
    {
        var (x, y) = (Side(a), Side(b));
        return x == y || IsNato(x) && IsNatoMember(y, day) || IsNato(y) && IsNatoMember(x, day);
    }

    private static bool IsNato(string side) => side.StartsWith("IGOWSTNAT", StringComparison.Ordinal);

    private static bool IsNatoMember(string side, LocalDate? day) =>
        NatoAccession.TryGetValue(side, out var joined) && (day is null || day.Value.Year >= joined);

    // Members of NATO and the year they joined (public record of the alliance).
    private static readonly Dictionary<string, int> NatoAccession = new()
    {
        ["BEL"] = 1949, ["CAN"] = 1949, ["DNK"] = 1949, ["FRA"] = 1949, ["ISL"] = 1949, ["ITA"] = 1949, ["LUX"] = 1949,
        ["NLD"] = 1949, ["NOR"] = 1949, ["PRT"] = 1949, ["GBR"] = 1949, ["USA"] = 1949, ["GRC"] = 1952, ["TUR"] = 1952,
        ["DEU"] = 1955, ["ESP"] = 1982, ["CZE"] = 1999, ["HUN"] = 1999, ["POL"] = 1999, ["BGR"] = 2004, ["EST"] = 2004,
        ["LVA"] = 2004, ["LTU"] = 2004, ["ROU"] = 2004, ["SVK"] = 2004, ["SVN"] = 2004, ["ALB"] = 2009, ["HRV"] = 2009,
        ["MNE"] = 2017, ["MKD"] = 2020, ["FIN"] = 2023, ["SWE"] = 2024,
    };
}
