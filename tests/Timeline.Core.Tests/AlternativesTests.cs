using System.Text.RegularExpressions;
using Timeline.Core.Text;
using Xunit;

namespace Timeline.Core.Tests;

public class AlternativesTests
{
    [Theory]
    [InlineData("The army closed the routes, and the talks stalled after the strike; officials said so.")]
    [InlineData("and and, after,after;;")]
    [InlineData("")]
    [InlineData("condemned the strike")]
    public void Separate_patterns_match_as_their_alternation_does(string input)
    {
        string[] patterns = [@",\s*(?<c>and|but)\b", @"\b(?<c>after|before)\b", @"(?<c>;)", @"\band\b", @"(?<=\bcondemned\s)(?<c>)", @"\bafter,"];
        var alternation = new Regex(string.Join("|", patterns));

        var separate = Alternatives.Matches(input, patterns.Select(p => new Regex(p)).ToList());

        Assert.Equal(Describe(alternation.Matches(input)), Describe(separate));
    }

    [Fact]
    public void The_first_pattern_in_order_wins_a_tie()
    {
        var matches = Alternatives.Matches("after all", [new Regex("aft"), new Regex("after")]).ToList();

        Assert.Equal("aft", Assert.Single(matches).Value);
    }

    [Fact]
    public void Empty_matches_step_one_character_on_as_regex_matches_does()
    {
        var matches = Alternatives.Matches("ab", [new Regex("x*")]).Select(m => m.Index);

        Assert.Equal([0, 1, 2], matches);
    }

    private static List<string> Describe(IEnumerable<Match> matches) =>
        matches.Select(m => $"{m.Index}:{m.Length}:{m.Groups["c"].Success}:{m.Groups["c"].Value}").ToList();
}
