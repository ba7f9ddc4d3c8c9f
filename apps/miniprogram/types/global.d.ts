/// <reference types="@tarojs/taro" />

declare module '*.png' {
  const src: string;
  export default src;
}

/** Absolute origin of the API for the weapp build (defineConstants, from TARO_APP_API_BASE). */
declare const API_BASE: string;

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd' | 'rn';
    TARO_APP_API_BASE?: string;
    TARO_APP_DEV_API?: string;
  }
}
