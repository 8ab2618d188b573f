using Xunit;

namespace Timeline.Core.Tests;

/// <summary>The ../shared folder beside the repository; tests that need it skip, with the reason, when it is absent.</summary>
public static class SharedData
{
    /// <summary>The repository (the folder holding Timeline.sln) the tests were built from.</summary>
    public static string RepoRoot { get; } = FindRepo();

    public static string? Root { get; } = Directory.Exists(Path.Combine(RepoRoot, "..", "shared")) ? Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared")) : null;

    public static string Require(string relative)
    {
        if (Root is null)
        {
            Assert.Skip("../shared is not beside the repository (the seed and the evaluation data live there)");
        }

        var path = Path.Combine(Root, relative);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Skip($"{path} is absent");
        }

        return path;
    }

    public static string SeedPath() =>
        Directory.GetFiles(Require("seeds"), "*.txt").Order().FirstOrDefault() ?? throw new FileNotFoundException("no seed article in ../shared/seeds");

    private static string FindRepo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Timeline.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("the repository (Timeline.sln) above the test binaries");
    }
}
