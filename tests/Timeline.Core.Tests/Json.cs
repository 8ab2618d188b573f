using System.Text.Json;
using NodaTime;
using Timeline.Contracts;
using Xunit;

namespace Timeline.Core.Tests;

public class TimelineJsonTests
{
    [Fact]
    public void NodaTime_values_and_enums_round_trip_unchanged()
    {
        var message = new ArticleDated(
            Guid.NewGuid(),
            new CleanDocument("T", new LocalDate(2012, 2, 29), PublishedBasis.Dateline, new Dateline("WASHINGTON", "WASHINGTON, May 31", 5, 31, null), "Body."),
            new ArticleSource("Wire", "https://example.org/a"),
            [new Timex("late November", 10, 23, TimexTypes.Date, "2011-11", "END", new WorldDate(new LocalDate(2011, 11, 21), new LocalDate(2011, 11, 30), Precision.MonthPart), Precision.MonthPart, Anchor.ReferenceDate)],
            Instant.FromUtc(2012, 5, 31, 23, 59, 59).PlusNanoseconds(123_456_789));

        var json = JsonSerializer.Serialize(message, TimelineJson.Options);
        var back = JsonSerializer.Deserialize<ArticleDated>(json, TimelineJson.Options)!;

        Assert.Equal(message.Document, back.Document);
        Assert.Equal(message.SubmittedAt, back.SubmittedAt);
        Assert.Equal(message.Timexes[0], back.Timexes[0]);
        Assert.Contains("\"published\":\"2012-02-29\"", json);
        Assert.Contains("\"precision\":\"month-part\"", json);
        Assert.Contains("\"publishedBasis\":\"dateline\"", json);
    }

    [Fact]
    public void A_world_date_cannot_end_before_it_starts()
    {
        Assert.Throws<ArgumentException>(() => new WorldDate(new LocalDate(2012, 1, 2), new LocalDate(2012, 1, 1), Precision.Day));
    }
}
