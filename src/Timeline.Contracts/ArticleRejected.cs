namespace Timeline.Contracts;

/// <summary>An article could not be ingested; nothing of it was stored.</summary>
public sealed record ArticleRejected(Guid ArticleId, string Reason);
