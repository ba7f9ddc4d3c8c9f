import type { ReactNode } from 'react';
import type { Resource } from '../../hooks/use-resource';
import { StateView } from '../state-view';

interface ResourceViewProps<T> {
  resource: Resource<T>;
  /** 正在加载兑换码… */
  loadingTitle: string;
  /** 没能加载兑换码 */
  errorTitle: string;
  children: (data: T) => ReactNode;
}

/** The loading and error states around one loaded thing; the error says to retry, with a button. */
export function ResourceView<T>({ resource, loadingTitle, errorTitle, children }: ResourceViewProps<T>) {
  if (resource.data !== null) return <>{children(resource.data)}</>;
  if (resource.error) {
    return (
      <StateView
        kind="error"
        title={errorTitle}
        description={resource.error}
        actionText="重试"
        onAction={() => void resource.reload()}
      />
    );
  }
  return <StateView kind="loading" title={loadingTitle} />;
}
