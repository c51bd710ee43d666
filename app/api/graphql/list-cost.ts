// Refuse, before execution, a query whose result could hold more than QUERY_LIMITS.maxListCost fields.
// graphql-armor's cost limit multiplies by a literal `first` only, so `search(query: $q, first: $n)` or
// `entity { relations { … } }` (default first: 500) look cheap to it. Here a field costs 1 × the product of the list
// sizes above it, a list counted at its `first` (variables and defaults resolved) or its bound in LIST_BOUNDS.
// It runs once variables are known, after validation and before execution.
import {
  GraphQLError, getArgumentValues, getNamedType, getNullableType, isListType, isObjectType, Kind,
  type FragmentDefinitionNode, type GraphQLObjectType, type GraphQLSchema, type SelectionSetNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { LIST_BOUNDS, QUERY_LIMITS } from './limits';

export function listCost(schema: GraphQLSchema, operation: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, variables: Record<string, unknown> = {}): number {
  const walk = (selectionSet: SelectionSetNode, parent: GraphQLObjectType, multiplier: number, pageSize: number, seen: Set<string>): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        if (!fragment || seen.has(fragment.name.value)) continue; // cycles are already refused by validation
        const type = schema.getType(fragment.typeCondition.name.value);
        if (isObjectType(type)) cost += walk(fragment.selectionSet, type, multiplier, pageSize, new Set([...seen, fragment.name.value]));
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (isObjectType(type)) cost += walk(selection.selectionSet, type, multiplier, pageSize, seen);
        continue;
      }
      const field = parent.getFields()[selection.name.value];
      if (!field) continue; // __typename and introspection fields
      let args: Record<string, unknown> = {};
      try {
        args = getArgumentValues(field, selection, variables);
      } catch {
        // invalid arguments fail at execution with their own error
      }
      const first = typeof args.first === 'number' ? args.first : undefined;
      const isList = isListType(getNullableType(field.type));
      const connectionList = parent.name.endsWith('Connection') && (field.name === 'edges' || field.name === 'nodes');
      const size = !isList ? 1 : connectionList ? pageSize : (first ?? LIST_BOUNDS[`${parent.name}.${field.name}`] ?? 1);
      const here = multiplier * Math.max(size, 1);
      cost += here;
      const type = getNamedType(field.type);
      if (selection.selectionSet && isObjectType(type)) cost += walk(selection.selectionSet, type, here, first ?? 1, seen);
      if (cost > Number.MAX_SAFE_INTEGER / 2) return cost;
    }
    return cost;
  };
  const query = schema.getQueryType();
  return query ? walk(operation, query, 1, 1, new Set()) : 0;
}

export const listCostPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation, request }) {
        if (!operation) return;
        const fragments = Object.fromEntries(
          document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
        );
        const cost = listCost(schema, operation.selectionSet, fragments, request.variables ?? {});
        if (cost > QUERY_LIMITS.maxListCost) {
          throw new GraphQLError(`Query cost ${cost} exceeds the limit of ${QUERY_LIMITS.maxListCost} (lists count at their \`first\`).`, {
            extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost: QUERY_LIMITS.maxListCost, http: { status: 400 } },
          });
        }
      },
    };
  },
};
