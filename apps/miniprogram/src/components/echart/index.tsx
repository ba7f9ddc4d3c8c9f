import { Canvas, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useRef } from 'react';
import { type ChartOption, echarts } from './echarts';
import './index.scss';

export type { ChartOption } from './echarts';

interface EChartProps {
  option: ChartOption;
  /** Height on the 750-wide design, like every size in the styles. */
  height?: number;
  /** A tap on a data item (a point of the scatter, a bar): its series and index in the data. */
  onItemTap?: (seriesIndex: number, dataIndex: number) => void;
}

type Chart = ReturnType<typeof echarts.init>;
type TouchLike = { x?: number; y?: number; clientX?: number; clientY?: number };

const isH5 = process.env.TARO_ENV === 'h5';
let nextId = 0;
let measuringSet = false;

/**
 * In weapp there is no DOM canvas to measure text with (Taro's stand-in document makes elements that
 * cannot draw): give ECharts an off-screen 2D canvas, once.
 */
function setUpWeappMeasuring(): void {
  if (measuringSet) return;
  measuringSet = true;
  const canvas = Taro.createOffscreenCanvas({ type: '2d', width: 1, height: 1 });
  echarts.setPlatformAPI({ createCanvas: () => canvas as unknown as HTMLCanvasElement });
}

/** The weapp canvas's node and size, once it is laid out. */
function queryCanvas(id: string): Promise<{ node: unknown; width: number; height: number } | null> {
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .fields({ node: true, size: true })
      .exec((res: Array<{ node?: unknown; width: number; height: number } | null>) => {
        const info = res?.[0];
        resolve(info?.node ? { node: info.node, width: info.width, height: info.height } : null);
      });
  });
}

// A weapp 2D canvas has no DOM events: touches go to ECharts' own handler as mouse events, so a tap
// shows the tooltip and fires `click` as it does in the browser.
type PointerName = 'mousedown' | 'mousemove' | 'mouseup' | 'click';

function dispatch(chart: Chart | null, types: PointerName[], touch: TouchLike | undefined): void {
  if (!chart || !touch) return;
  const event = {
    zrX: touch.x ?? touch.clientX ?? 0,
    zrY: touch.y ?? touch.clientY ?? 0,
    preventDefault: () => undefined,
    stopPropagation: () => undefined,
    stopImmediatePropagation: () => undefined,
  };
  const handler = chart.getZr().handler;
  for (const type of types) handler.dispatch(type, event);
}

/**
 * One ECharts chart that works in H5 (a DOM element) and weapp (a 2D canvas node). Only the scoring
 * and dashboard subpackages import it, so ECharts stays out of the main package.
 */
export function EChart({ option, height = 480, onItemTap }: EChartProps) {
  const id = useRef(`echart-${++nextId}`).current;
  const chart = useRef<Chart | null>(null);
  const latest = useRef({ option, onItemTap });
  latest.current = { option, onItemTap };

  useEffect(() => {
    let disposed = false;
    let stopResize: (() => void) | null = null;

    const start = (created: Chart) => {
      if (disposed) {
        created.dispose();
        return;
      }
      chart.current = created;
      created.setOption(latest.current.option);
      created.on('click', (params) => latest.current.onItemTap?.(params.seriesIndex ?? 0, params.dataIndex));
    };

    Taro.nextTick(() => {
      if (isH5) {
        const element = document.getElementById(id);
        if (!element) return;
        start(echarts.init(element, undefined, { renderer: 'canvas' }));
        const resize = () => chart.current?.resize();
        window.addEventListener('resize', resize);
        stopResize = () => window.removeEventListener('resize', resize);
        return;
      }
      setUpWeappMeasuring();
      void queryCanvas(id).then((canvas) => {
        if (!canvas) return;
        const dpr = Taro.getWindowInfo().pixelRatio;
        start(
          echarts.init(canvas.node as HTMLCanvasElement, undefined, {
            width: canvas.width,
            height: canvas.height,
            devicePixelRatio: dpr,
          }),
        );
      });
    });

    return () => {
      disposed = true;
      stopResize?.();
      chart.current?.dispose();
      chart.current = null;
    };
  }, [id]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  const style = { height: Taro.pxTransform(height) };
  if (isH5) return <View id={id} className="echart" style={style} />;
  return (
    <Canvas
      type="2d"
      id={id}
      className="echart"
      style={style}
      onTouchStart={(e) => dispatch(chart.current, ['mousedown', 'mousemove'], e.touches[0] as TouchLike)}
      onTouchMove={(e) => dispatch(chart.current, ['mousemove'], e.touches[0] as TouchLike)}
      onTouchEnd={(e) => dispatch(chart.current, ['mouseup', 'click'], e.changedTouches[0] as TouchLike)}
    />
  );
}
