namespace Timeline.Cli;

/// <summary>Command-line words: positional arguments and --name value options (a flag has no value).</summary>
public sealed class Args
{
    private readonly Dictionary<string, string?> options = new(StringComparer.Ordinal);
    private readonly HashSet<string> read = [];

    public Args(IEnumerable<string> words, params string[] flags)
    {
        var list = words.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var word = list[i];
            if (!word.StartsWith("--", StringComparison.Ordinal))
            {
                Positional.Add(word);
                continue;
            }

            var name = word[2..];
            var eq = name.IndexOf('=');
            if (eq >= 0)
            {
                options[name[..eq]] = name[(eq + 1)..];
            }
            else if (flags.Contains(name))
            {
                options[name] = null;
            }
            else if (i + 1 < list.Count)
            {
                options[name] = list[++i];
            }
            else
            {
                throw new UsageException($"--{name} needs a value");
            }
        }
    }

    public List<string> Positional { get; } = [];

    public string? Option(string name)
    {
        read.Add(name);
        return options.GetValueOrDefault(name);
    }

    public bool Flag(string name)
    {
        read.Add(name);
        return options.ContainsKey(name);
    }

    /// <summary>Refuses options the command does not know, so a typo is not silently ignored.</summary>
    public void RejectUnknown()
    {
        var unknown = options.Keys.Where(k => !read.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new UsageException($"unknown option --{unknown[0]}");
        }
    }

    public string Required(int index, string what) =>
        index < Positional.Count ? Positional[index] : throw new UsageException($"missing {what}");
}

public sealed class UsageException(string message) : Exception(message);
