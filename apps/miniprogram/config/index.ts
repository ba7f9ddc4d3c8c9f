import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';

// The shared library is compiled from its TypeScript source, so tree-shaking works and the
// mini-program needs no build of libs/shared first.
const libsDir = path.resolve(__dirname, '..', '..', '..', 'libs');
const sharedSrc = path.join(libsDir, 'shared', 'src');

const apiBase = process.env.TARO_APP_API_BASE ?? 'http://127.0.0.1:3000';
const devApiTarget = process.env.TARO_APP_DEV_API ?? 'http://127.0.0.1:3000';

export default defineConfig<'webpack5'>((merge) => {
  const isProduction = process.env.NODE_ENV === 'production';
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'zerowaste-miniprogram',
    date: '2025-11-30',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {
      // Only the weapp build calls the API by absolute URL; H5 is served by the API itself.
      API_BASE: JSON.stringify(apiBase),
    },
    alias: {
      '@zerowaste/shared': sharedSrc,
      // `@/components/…` instead of `../../../../components/…`: a page moved to another subpackage keeps its imports.
      '@': path.resolve(__dirname, '..', 'src'),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    // Plain progress lines instead of the animated bar when the output is a log, not a terminal.
    logger: { quiet: !process.stdout.isTTY, stats: false },
    mini: {
      compile: { include: [libsDir] },
      optimizeMainPackage: { enable: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      compile: { include: [libsDir] },
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      imageUrlLoaderOption: { name: 'static/images/[name].[contenthash:8].[ext]' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      webpackChain(chain) {
        // The entry (React, Taro runtime, web components) is ~370 KB before gzip; that is expected here.
        chain.performance.hints(false);
        // Taro splits only initial chunks; pages are async chunks that would each carry their own copy
        // of the components they share. Splitting all chunks dedupes them.
        chain.optimization.merge({ splitChunks: { chunks: 'all' } });
      },
      devServer: {
        port: 10086,
        proxy: [{ context: ['/api'], target: devApiTarget, changeOrigin: true }],
      },
    },
  };
  return merge({}, baseConfig, isProduction ? { mini: {}, h5: {} } : {});
});
