import { Component } from 'react';
import type { ReactNode } from 'react';
import { ChartStatus } from '../ChartFrame/ChartStatus';

interface ChartErrorBoundaryProps {
  /** Height the error state keeps. */
  height: number;
  /** The recharts subtree. */
  children: ReactNode;
}

interface ChartErrorBoundaryState {
  failed: boolean;
}

/**
 * Last line of defence: data that passed our checks but still breaks recharts shows the labelled
 * error state inside the reserved box instead of unmounting the host page.
 */
export class ChartErrorBoundary extends Component<ChartErrorBoundaryProps, ChartErrorBoundaryState> {
  override state: ChartErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ChartErrorBoundaryState {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) return <ChartStatus kind="error" message="The chart could not be drawn from this data." minHeight={this.props.height} />;
    return this.props.children;
  }
}
