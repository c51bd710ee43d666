// npm run codegen: resolver types from schema.graphql, mapped to the core's own types. Never edit the output by hand.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'app/api/graphql/resolvers-types.generated.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: './context#Context',
        enumsAsTypes: true,
        mappers: {
          Entity: '@/graph#EntityView as EntityViewModel',
          Relation: '@/graph#Relation as RelationModel',
          Evidence: '@/graph#Evidence as EvidenceModel',
          EvidenceMatch: '@/graph#EvidenceMatch as EvidenceMatchModel',
          Article: '@/graph#IndexedArticle as IndexedArticleModel',
          Mention: './context#MentionParent',
          Subgraph: '@/graph#Subgraph as SubgraphModel',
          GraphStats: '@/graph#GraphStats as GraphStatsModel',
          EntityConnection: '@/graph#Connection<EntityViewModel>',
          RelationConnection: '@/graph#Connection<RelationModel>',
          RelationRecord: '@/graph/review#QueueItem',
          Change: '@/graph/review#HistoryEntry',
          ProposalStance: '@/graph#ProposalStance as ProposalStanceModel',
          StancePoint: '@/graph#StancePoint as StancePointModel',
        },
      },
    },
  },
};
export default config;
