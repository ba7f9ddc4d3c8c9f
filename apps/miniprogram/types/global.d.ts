/// <reference types="@tarojs/taro" />

declare module '*.png' {
  const src: string;
  export default src;
}

/** Absolute origin of the API for the weapp build (defineConstants, from TARO_APP_API_BASE). */
declare const API_BASE: string;

/** WeChat subscription-message template ids by pickup topic (defineConstants; empty: not asked for). */
declare const PICKUP_TEMPLATE_IDS: Record<'pickup_reminder' | 'pickup_on_the_way', string>;

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd' | 'rn';
    TARO_APP_API_BASE?: string;
    TARO_APP_DEV_API?: string;
    TARO_APP_TEMPLATE_PICKUP_REMINDER?: string;
    TARO_APP_TEMPLATE_PICKUP_ON_THE_WAY?: string;
  }
}
