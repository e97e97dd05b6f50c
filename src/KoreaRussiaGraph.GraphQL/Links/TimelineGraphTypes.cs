using GraphQL.Types;
using KoreaRussiaGraph.Core.Timelines;
using KoreaRussiaGraph.GraphQL.Types;

namespace KoreaRussiaGraph.GraphQL.Links;

public sealed class TimeBucketGraphType : EnumerationGraphType<TimeBucket>
{
    public TimeBucketGraphType() { Name = "TimeBucket"; }
}

public sealed class TimelineGraphType : ObjectGraphType<Timeline>
{
    public TimelineGraphType()
    {
        Name = "Timeline";
        Description = "Relations passing the filter per period of their event date.";
        Field<NonNullGraphType<TimeBucketGraphType>>("bucket").Resolve(ctx => ctx.Source.Bucket);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimelineBucketGraphType>>>>("buckets")
            .Description("In order, the empty periods between the first and the last included.")
            .Resolve(ctx => ctx.Source.Buckets);
        Field<NonNullGraphType<IntGraphType>>("undatedCount")
            .Description("Relations that passed the filter but have no event date, so are in no bucket.")
            .Resolve(ctx => ctx.Source.Undated);
        Field<NonNullGraphType<IntGraphType>>("impreciseCount")
            .Description("With MONTH buckets: relations dated only to a year, left out rather than put in a month the text never gave.")
            .Resolve(ctx => ctx.Source.Imprecise);
    }
}

public sealed class TimelineBucketGraphType : ObjectGraphType<TimelineBucket>
{
    public TimelineBucketGraphType()
    {
        Name = "TimelineBucket";
        Field<NonNullGraphType<PartialDateGraphType>>("period").Description("The year (YEAR) or month (MONTH).").Resolve(ctx => ctx.Source.Period);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(ctx => ctx.Source.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimelineTypeCountGraphType>>>>("types")
            .Description("The count per relation type, types with none left out.").Resolve(ctx => ctx.Source.Types);
    }
}

public sealed class TimelineTypeCountGraphType : ObjectGraphType<TimelineTypeCount>
{
    public TimelineTypeCountGraphType()
    {
        Name = "TypeCount";
        Field<NonNullGraphType<RelationTypeEnumGraphType>>("type").Resolve(ctx => ctx.Source.Type);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(ctx => ctx.Source.Count);
    }
}
