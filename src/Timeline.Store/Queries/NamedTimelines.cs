namespace Timeline.Store.Queries;

/// <summary>
/// A named timeline is a view defined by its parties: an entry belongs to it when one side is among the first group and
/// the other among the second (us-pakistan: the US, or NATO acting with it, with Pakistan).
/// </summary>
public sealed record NamedTimeline(string Name, IReadOnlyList<string> SideA, IReadOnlyList<string> SideB)
{
    public static IReadOnlyDictionary<string, NamedTimeline> Known { get; } = new[]
    {
        new NamedTimeline("us-pakistan", ["USA", "IGOWSTNAT", "IGOWSTNATMIL"], ["PAK"]),
        new NamedTimeline("us-afghanistan", ["USA", "IGOWSTNAT", "IGOWSTNATMIL"], ["AFG"]),
        new NamedTimeline("pakistan-afghanistan", ["PAK"], ["AFG"]),
        new NamedTimeline("india-pakistan", ["IND"], ["PAK"]),
    }.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);

    public bool Contains(IEnumerable<string> actorKeys)
    {
        var keys = actorKeys.ToHashSet();
        return SideA.Any(keys.Contains) && SideB.Any(keys.Contains);
    }
}
