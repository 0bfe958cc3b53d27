namespace ReIntegratie.Bot.Scheduling;

/// <summary>A claim this instance holds, with the ETag of its latest write (renewals change it).</summary>
internal sealed class WorkLease(string id, string etag)
{
    public string Id { get; } = id;

    public string ETag { get; set; } = etag;

    public bool Lost { get; set; }
}
