using Zeno.Core.Store;

namespace Zeno.Core.Tests.Store;

public sealed class StoredTypeTests
{
    [Fact]
    public void Integers_widen_to_doubles_and_any_other_mix_to_text() =>
        Assert.Multiple(
            () => Assert.Equal(StoredType.BigInt, StoredTypes.Infer([1, 2L, (short)3, null])),
            () => Assert.Equal(StoredType.Double, StoredTypes.Infer([1, 2.5])),
            () => Assert.Equal(StoredType.Varchar, StoredTypes.Infer([1, "two"])),
            () => Assert.Equal(StoredType.Boolean, StoredTypes.Infer([true, null, false])),
            () => Assert.Equal(StoredType.Timestamp, StoredTypes.Infer([DateTime.UnixEpoch, DateTimeOffset.UnixEpoch])),
            () => Assert.Equal(StoredType.Null, StoredTypes.Infer([null, double.NaN])));
}
