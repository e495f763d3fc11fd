using MarketSim.Experiments.Sweeps;

namespace MarketSim.Tests.Experiments.Sweeps;

public sealed class ShardSpecTests
{
    [Theory]
    [InlineData("0/4", 0, 4)]
    [InlineData("3/4", 3, 4)]
    [InlineData(" 1 / 2 ", 1, 2)]
    public void TryParse_Valid_ReadsIndexAndCount(string text, int index, int count)
    {
        Assert.True(ShardSpec.TryParse(text, out var shard, out _));
        Assert.Equal(new ShardSpec(index, count), shard);
    }

    [Theory]
    [InlineData("4/4")]
    [InlineData("-1/4")]
    [InlineData("1")]
    [InlineData("a/b")]
    [InlineData("0/0")]
    public void TryParse_Invalid_GivesMessage(string text)
    {
        Assert.False(ShardSpec.TryParse(text, out _, out var error));
        Assert.Contains("--shard", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryFromEnvironment_Slurm_UsesTaskIdMinusMin()
    {
        var env = new Dictionary<string, string> { ["SLURM_ARRAY_TASK_ID"] = "3", ["SLURM_ARRAY_TASK_COUNT"] = "4", ["SLURM_ARRAY_TASK_MIN"] = "1" };
        Assert.True(ShardSpec.TryFromEnvironment(n => env.GetValueOrDefault(n), null, out var shard, out _));
        Assert.Equal(new ShardSpec(2, 4), shard);
    }

    [Fact]
    public void TryFromEnvironment_SlurmTaskResubmittedAloneWithShardCount_KeepsItsIndex()
    {
        // sbatch --array=2 for a failed task of a 3-task array: Slurm says count 1, min 2.
        var env = new Dictionary<string, string> { ["SLURM_ARRAY_TASK_ID"] = "2", ["SLURM_ARRAY_TASK_COUNT"] = "1", ["SLURM_ARRAY_TASK_MIN"] = "2", ["MARKETSIM_SHARD_COUNT"] = "3" };
        Assert.True(ShardSpec.TryFromEnvironment(n => env.GetValueOrDefault(n), null, out var shard, out _));
        Assert.Equal(new ShardSpec(2, 3), shard);
        env.Remove("MARKETSIM_SHARD_COUNT");
        Assert.True(ShardSpec.TryFromEnvironment(n => env.GetValueOrDefault(n), 3, out shard, out _));
        Assert.Equal(new ShardSpec(2, 3), shard);
    }

    [Fact]
    public void TryFromEnvironment_JobIndexWithoutCount_IsAnError()
    {
        var env = new Dictionary<string, string> { ["JOB_COMPLETION_INDEX"] = "2" };
        Assert.False(ShardSpec.TryFromEnvironment(n => env.GetValueOrDefault(n), null, out _, out var error));
        Assert.Contains("MARKETSIM_SHARD_COUNT", error, StringComparison.Ordinal);
        Assert.True(ShardSpec.TryFromEnvironment(n => env.GetValueOrDefault(n), 5, out var shard, out _));
        Assert.Equal(new ShardSpec(2, 5), shard);
    }

    [Fact]
    public void TryFromEnvironment_Nothing_NoShard()
    {
        Assert.True(ShardSpec.TryFromEnvironment(_ => null, null, out var shard, out _));
        Assert.Null(shard);
    }

    [Fact]
    public void Shards_CoverEveryRunOnce()
    {
        var shards = Enumerable.Range(0, 3).Select(i => new ShardSpec(i, 3)).ToArray();
        Assert.Equal(10, shards.Sum(s => s.RunsOf(10)));
        for (var run = 0; run < 10; run++)
            Assert.Single(shards, s => s.Owns(run));
    }
}
