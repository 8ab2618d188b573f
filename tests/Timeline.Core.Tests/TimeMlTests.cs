using NodaTime;
using Timeline.Core.Dates;
using Xunit;

namespace Timeline.Core.Tests;

public class TimeMlTests
{
    private const string Document = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>test</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2012-05-31" functionInDocument="CREATION_TIME">May 31, 2012</TIMEX3></DCT>
        <TEXT>Officers were <EVENT eid="e1">sent</EVENT> in <TIMEX3 tid="t1" type="DURATION" value="PXW">the last few weeks</TIMEX3> &amp; the strike came in <TIMEX3 tid="t2" type="DATE" value="2011-11" mod="END">late November</TIMEX3>.</TEXT>
        </TimeML>
        """;

    [Fact]
    public void A_timeml_document_gives_its_creation_time_text_and_annotations_with_offsets()
    {
        var doc = TimeMl.Parse("test", Document);
        Assert.Equal(new LocalDate(2012, 5, 31), doc.CreationTime);
        Assert.StartsWith("Officers were sent in the last few weeks & the strike", doc.Text);
        Assert.Equal(2, doc.Timexes.Count);
        Assert.Equal("late November", doc.Text[doc.Timexes[1].Start..doc.Timexes[1].End]);
        Assert.Equal(("DATE", "2011-11", "END"), (doc.Timexes[1].Type, doc.Timexes[1].Value, doc.Timexes[1].Mod));
    }

    [Fact]
    public void Written_annotations_read_back_the_same()
    {
        var doc = TimeMl.Parse("test", Document);
        var ours = new[] { new TimexAnnotation(doc.Timexes[1].Start, doc.Timexes[1].End, "late November", "DATE", "2011-11", "END") };
        var back = TimeMl.Parse("test", TimeMl.Write(Document, doc, ours));
        Assert.Equal(doc.Text, back.Text);
        Assert.Equal(ours, back.Timexes);
        Assert.Equal(doc.CreationTime, back.CreationTime);
    }

    [Fact]
    public void Scoring_counts_strict_relaxed_and_value_matches_as_tempeval_does()
    {
        TimexAnnotation A(int s, int e, string v) => new(s, e, "x", "DATE", v, null);
        var gold = new[] { A(0, 10, "2011-11"), A(20, 30, "2012-05-31"), A(40, 50, "P1W") };
        var system = new[] { A(0, 10, "2011-11"), A(22, 30, "2012-05-30"), A(60, 70, "2012") };
        var score = TimexScoring.Score("d", gold, system);
        Assert.Equal((1, 3, 3), (score.Strict.Correct, score.Strict.System, score.Strict.Gold));
        Assert.Equal(2, score.Relaxed.Correct);
        Assert.Equal(1, score.Value.Correct);
        Assert.Contains(score.Errors, e => e.Kind == "missed");
        Assert.Contains(score.Errors, e => e.Kind == "spurious");
        Assert.Contains(score.Errors, e => e.Kind == "bounds");
        Assert.Contains(score.Errors, e => e.Kind == "value");
    }
}
