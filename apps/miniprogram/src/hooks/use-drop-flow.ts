import { type DropRequest, type DropResponse, parseQrPayload, type WasteCategory } from '@zerowaste/shared';
import { useCallback, useRef, useState } from 'react';
import { ApiError, hasFieldError } from '../services/http';
import { submitDrop } from '../stores/drop-queue';

export type DropFlowState =
  | { phase: 'idle' }
  | { phase: 'sending'; body: DropRequest }
  /** A four-bin station: the person says which bin they used. */
  | { phase: 'category'; body: DropRequest }
  | { phase: 'recorded'; body: DropRequest; result: DropResponse }
  | { phase: 'refused'; body: DropRequest | null; error: ApiError }
  /** No answer from the API: saved on the device and sent again later with the same key. */
  | { phase: 'queued'; body: DropRequest };

function notABinLabel(): ApiError {
  return new ApiError('这不是投放点的二维码，请扫描垃圾桶上的标签', 422, 'QR_INVALID');
}

/** One drop from a scanned or typed bin label: asks the category at a station, then sends it (or queues it). */
export function useDropFlow(householdCard?: string) {
  const [state, setState] = useState<DropFlowState>({ phase: 'idle' });
  const busy = useRef(false);

  const send = useCallback(async (body: DropRequest) => {
    if (busy.current) return;
    busy.current = true;
    setState({ phase: 'sending', body });
    try {
      const outcome = await submitDrop(body);
      setState(
        outcome.kind === 'recorded' ? { phase: 'recorded', body, result: outcome.result } : { phase: 'queued', body },
      );
    } catch (error) {
      // A station's label without a category: the API names the field; ask, then send again.
      if (!body.category && hasFieldError(error, 'category')) setState({ phase: 'category', body });
      else setState({ phase: 'refused', body, error: error instanceof ApiError ? error : notABinLabel() });
    } finally {
      busy.current = false;
    }
  }, []);

  /** Starts with the label's text (a URL, WeChat's encoded `q`, or the bare code). */
  const start = useCallback(
    (qr: string) => {
      const payload = parseQrPayload(qr, 'b');
      if (payload?.kind !== 'b') {
        setState({ phase: 'refused', body: null, error: notABinLabel() });
        return;
      }
      void send(householdCard ? { qr, householdCard } : { qr });
    },
    [householdCard, send],
  );

  const chooseCategory = useCallback(
    (category: WasteCategory) => {
      if (state.phase === 'category') void send({ ...state.body, category });
    },
    [send, state],
  );

  const reset = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, start, chooseCategory, reset };
}
