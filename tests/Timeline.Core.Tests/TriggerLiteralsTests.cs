using Timeline.Core.Events;
using Timeline.Core.Text;
using Xunit;

namespace Timeline.Core.Tests;

public class TriggerLiteralsTests
{
    [Fact]
    public void A_pattern_needs_one_of_the_words_its_alternation_lists()
    {
        Assert.Equal(["expelled", "evicted"], TriggerLiterals.Required(@"\b(?:expelled|evicted)\b"));
    }

    [Fact]
    public void An_optional_ending_is_spelled_out_with_and_without_it()
    {
        Assert.Equal(["restrict", "restricted", "restricts"], TriggerLiterals.Required(@"\brestrict(?:s|ed)?\b")!.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_class_of_a_few_letters_is_spelled_out_letter_by_letter()
    {
        Assert.Equal(["apologised", "apologized"], TriggerLiterals.Required(@"\bapologi[sz]ed\b"));
    }

    [Fact]
    public void A_lookbehind_adds_no_requirement_but_the_verb_after_it_does()
    {
        Assert.Equal(["left", "quit"], TriggerLiterals.Required(@"(?<=\b(?:they|we)\s+(?:\w+\s+){0,2})(?:left|quit)\b"));
    }

    [Fact]
    public void The_longest_word_a_sequence_needs_is_the_one_it_is_searched_for()
    {
        Assert.Equal(["blockade"], TriggerLiterals.Required(@"\b(?:imposed|began)\b.{0,20}\bblockade\b"));
    }

    [Theory]
    [InlineData(@"\w+\s+\d+")]
    [InlineData(@"(?:a|b)\s+c")]
    [InlineData(@"(?:expelled)?\s+\w+")]
    [InlineData(@"(?i)expelled")]
    [InlineData(@"\b(?:killed|[a-z]+)\b")]
    [InlineData(@"(?:unclosed")]
    public void A_pattern_that_promises_no_word_is_always_run(string pattern)
    {
        Assert.Null(TriggerLiterals.Required(pattern));
    }

    [Fact]
    public void Every_row_of_the_table_is_run_wherever_its_pattern_matches()
    {
        var folder = Path.Combine(SharedData.RepoRoot, "tests", "gold");
        var texts = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories)
            .SelectMany(f => Sentences.Split(File.ReadAllText(f)).Select(s => s.Text.ToLowerInvariant()))
            .ToList();
        var matched = 0;
        foreach (var row in Registry.Default.EventTypes)
        {
            foreach (var text in texts.Where(t => row.Trigger.IsMatch(t)))
            {
                matched++;
                Assert.True(row.MayMatch(text), $"skipped where it matches: {row.Trigger}\n{text}");
            }
        }

        Assert.True(matched > 500, $"only {matched} matches: the gold articles were not read");
        Assert.True(Registry.Default.EventTypes.Count(r => TriggerLiterals.Required(r.Trigger.ToString()) is null) <= 5, "most rows should name their words");
    }
}
