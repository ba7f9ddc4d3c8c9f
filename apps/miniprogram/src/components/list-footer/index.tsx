import { Button, Text, View } from '@tarojs/components';
import './index.scss';

interface ListFooterProps {
  loadingMore: boolean;
  hasMore: boolean;
  error: string | null;
  count: number;
  onRetry: () => void;
}

/** Below a paged list: a spinner while the next page loads, a retry after a failure, or the end. */
export function ListFooter({ loadingMore, hasMore, error, count, onRetry }: ListFooterProps) {
  if (loadingMore) {
    return (
      <View className="list-footer">
        <View className="list-footer__spinner" />
        <Text>正在加载更多…</Text>
      </View>
    );
  }
  if (error) {
    return (
      <View className="list-footer list-footer--error">
        <Text>{error}</Text>
        <Button className="btn btn--ghost list-footer__retry" onClick={onRetry}>
          重试
        </Button>
      </View>
    );
  }
  if (hasMore) return <View className="list-footer">上拉加载更多</View>;
  return <View className="list-footer">共 {count} 个，已全部显示</View>;
}
