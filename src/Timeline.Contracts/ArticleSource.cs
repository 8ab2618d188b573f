namespace Timeline.Contracts;

/// <summary>Who published an article and where; both optional.</summary>
public sealed record ArticleSource(string? Name, string? Url);
