using NodaTime;

namespace Timeline.Contracts;

/// <summary>When something happened in the world: an inclusive span of days and how precise the text was.</summary>
public sealed record WorldDate
{
    public WorldDate(LocalDate start, LocalDate end, Precision precision)
    {
        if (end < start)
        {
            throw new ArgumentException($"A world date cannot end ({end}) before it starts ({start}).", nameof(end));
        }

        Start = start;
        End = end;
        Precision = precision;
    }

    public LocalDate Start { get; }
    public LocalDate End { get; }
    public Precision Precision { get; }

    public static WorldDate Day(LocalDate day) => new(day, day, Precision.Day);

    public bool Overlaps(WorldDate other) => Start <= other.End && other.Start <= End;

    public bool Contains(WorldDate other) => Start <= other.Start && other.End <= End;
}
