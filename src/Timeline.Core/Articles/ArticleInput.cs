using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Timeline.Core.Articles;

/// <summary>An article as a user hands it over, before any checks.</summary>
public sealed record ArticleInput(byte[] Content, string ContentType, string? Title, string? SourceName, string? Url, string? Published);

/// <summary>An article that passed the checks: decoded text, a known content type, a valid date.</summary>
public sealed record ValidArticle(string Text, string ContentType, string? Title, string? SourceName, string? Url, LocalDate? Published);

/// <summary>Why an article was refused; Field names the offending part.</summary>
public sealed record ArticleProblem(string Field, string Detail);

/// <summary>Checks raw input before anything is published or stored, so bad input is refused whole.</summary>
public static class ArticleValidation
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public static readonly IReadOnlyList<string> ContentTypes = ["text/plain", "text/html"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (ValidArticle? Article, ArticleProblem? Problem) Validate(ArticleInput input)
    {
        var contentType = NormaliseContentType(input.ContentType);
        if (!ContentTypes.Contains(contentType))
        {
            return Fail("contentType", $"Unsupported content type '{input.ContentType}'; use text/plain or text/html.");
        }

        if (input.Content.Length > MaxBytes)
        {
            return Fail("content", $"The article is {input.Content.Length:N0} bytes; the limit is {MaxBytes:N0} bytes (5 MB).");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(input.Content);
        }
        catch (DecoderFallbackException e)
        {
            return Fail("content", $"The article is not valid UTF-8 (bad byte at index {e.Index}).");
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail("content", "The article is empty.");
        }

        if (LooksBinary(text))
        {
            return Fail("content", "The article looks like binary data, not text.");
        }

        LocalDate? published = null;
        if (!string.IsNullOrWhiteSpace(input.Published))
        {
            var parsed = LocalDatePattern.Iso.Parse(input.Published.Trim());
            if (!parsed.Success)
            {
                return Fail("published", $"'{input.Published}' is not a date in the form YYYY-MM-DD.");
            }

            published = parsed.Value;
        }

        if (input.Url is { Length: > 0 } url && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            return Fail("url", $"'{url}' is not an absolute URL.");
        }

        return (new ValidArticle(text, contentType, Blank(input.Title), Blank(input.SourceName), Blank(input.Url), published), null);
    }

    private static (ValidArticle?, ArticleProblem?) Fail(string field, string detail) => (null, new ArticleProblem(field, detail));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string NormaliseContentType(string contentType)
    {
        var semicolon = contentType.IndexOf(';');
        return (semicolon >= 0 ? contentType[..semicolon] : contentType).Trim().ToLowerInvariant();
    }

    // Text has almost no control characters besides line breaks and tabs; binary data has many.
    private static bool LooksBinary(string text)
    {
        var sample = text.Length > 8192 ? text[..8192] : text;
        var controls = 0;
        foreach (var c in sample)
        {
            if (c == '\0')
            {
                return true;
            }

            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                controls++;
            }
        }

        return controls > sample.Length / 100;
    }
}
