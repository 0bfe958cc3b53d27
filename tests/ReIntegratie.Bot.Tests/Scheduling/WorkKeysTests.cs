using ReIntegratie.Bot.Scheduling;
using ReIntegratie.Bot.Storage;

namespace ReIntegratie.Bot.Tests.Scheduling;

public sealed class WorkKeysTests
{
    [Theory]
    [InlineData("plain-id_1")]
    [InlineData("summary/apt-1/before")]
    [InlineData("reminder/as-7/2026-03-29T02:30")]
    [InlineData("b64.looks-encoded")]
    [InlineData("a:1p0iic;messageid=1@thread.v2|x/../y")]
    [InlineData("ë")]
    public void Keys_ShouldBeValidAndDecodeToTheId_ForAnyId(string id)
    {
        foreach (var key in new[] { WorkKeys.Work(id), WorkKeys.Done(id), WorkKeys.Claim(id) })
        {
            DocumentKey.Validate(key);
            Assert.Equal(id, WorkKeys.IdOf(key));
        }
    }

    [Fact]
    public void Keys_ShouldDiffer_WhenIdsDiffer()
    {
        Assert.NotEqual(WorkKeys.Work("summary/a"), WorkKeys.Work("summary_a"));
        Assert.NotEqual(WorkKeys.Work("Summary"), WorkKeys.Work("summary"));
    }

    [Theory]
    [InlineData("scheduling/work/.tmp-123")]
    [InlineData("scheduling/work/b64.!!!.json")]
    [InlineData("scheduling/work/not.plain.json")]
    public void IdOf_ShouldReturnNull_WhenTheKeyIsNotAWorkKey(string key)
    {
        Assert.Null(WorkKeys.IdOf(key));
    }
}
